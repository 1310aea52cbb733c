// Every metric the catalogue reads, named once: rows, rules and report totals import from here.
export const CX_CONNECT_TIMEOUT = 'envoy_cluster_upstream_cx_connect_timeout';
export const CX_OVERFLOW = 'envoy_cluster_upstream_cx_overflow';
export const CX_POOL_OVERFLOW = 'envoy_cluster_upstream_cx_pool_overflow';
export const DESTROY_REMOTE = 'envoy_cluster_upstream_cx_destroy_remote';
export const DESTROY_REMOTE_ACTIVE = 'envoy_cluster_upstream_cx_destroy_remote_with_active_rq';
export const DOWNSTREAM_LOCAL_ACTIVE = 'envoy_http_downstream_cx_destroy_local_with_active_rq';
export const DOWNSTREAM_RQ_TOTAL = 'envoy_http_downstream_rq_total';
export const DOWNSTREAM_RQ_XX = 'envoy_http_downstream_rq_xx';
export const DEPLOYMENT_OBSERVED_GENERATION = 'kube_deployment_status_observed_generation';
export const IDLE_TIMEOUT = 'envoy_cluster_upstream_cx_idle_timeout';
export const CX_LENGTH = 'envoy_cluster_upstream_cx_length_ms';
export const LISTEN_DROPS = 'node_netstat_TcpExt_ListenDrops';
export const MAX_REQUESTS = 'envoy_cluster_upstream_cx_max_requests';
export const NGINX_DURATION = 'nginx_ingress_controller_request_duration_seconds';
export const NGINX_REQUESTS = 'nginx_ingress_controller_requests';
export const NONE_HEALTHY = 'envoy_cluster_upstream_cx_none_healthy';
export const PENDING_ACTIVE = 'envoy_cluster_upstream_rq_pending_active';
export const PENDING_OVERFLOW = 'envoy_cluster_upstream_rq_pending_overflow';
export const REPLICASET_CREATED = 'kube_replicaset_created';
export const REPLICASET_OWNER = 'kube_replicaset_owner';
export const RESTARTS = 'kube_pod_container_status_restarts_total';
export const RETRY = 'envoy_cluster_upstream_rq_retry';
export const RETRY_SUCCESS = 'envoy_cluster_upstream_rq_retry_success';
export const RETRY_OVERFLOW = 'envoy_cluster_upstream_rq_retry_overflow';
export const RETRY_LIMIT_EXCEEDED = 'envoy_cluster_upstream_rq_retry_limit_exceeded';
export const RQ_TIME = 'envoy_cluster_upstream_rq_time';
export const RQ_TIMEOUT = 'envoy_cluster_upstream_rq_timeout';
export const RQ_TOTAL = 'envoy_cluster_upstream_rq_total';
export const RQ_XX = 'envoy_cluster_upstream_rq_xx';
export const RX_RESET = 'envoy_cluster_upstream_rq_rx_reset';
export const TCP_ALLOC = 'node_sockstat_TCP_alloc';
export const TCP_INUSE = 'node_sockstat_TCP_inuse';
export const TCP_STATES = 'node_tcp_connection_states';
export const TCP_TIMEOUTS = 'node_netstat_TcpExt_TCPTimeouts';
export const RQ_TIME_BUCKET = `${RQ_TIME}_bucket`;

// The response-class matcher the seed uses for 5xx on envoy_cluster_upstream_rq_xx.
export const CLASS_5XX = 'envoy_response_code_class="5"';

// Envoy's load-balancer health: outlier detection, active health checks and membership, per cluster.
export const OD_EJECTIONS_ACTIVE = 'envoy_cluster_outlier_detection_ejections_active';
export const OD_EJECTIONS_ENFORCED = 'envoy_cluster_outlier_detection_ejections_enforced_total';
export const OD_ENFORCED_5XX = 'envoy_cluster_outlier_detection_ejections_enforced_consecutive_5xx';
export const OD_ENFORCED_GATEWAY = 'envoy_cluster_outlier_detection_ejections_enforced_consecutive_gateway_failure';
export const OD_ENFORCED_SUCCESS_RATE = 'envoy_cluster_outlier_detection_ejections_enforced_success_rate';
export const HC_FAILURE = 'envoy_cluster_health_check_failure';
export const MEMBERSHIP_HEALTHY = 'envoy_cluster_membership_healthy';
export const MEMBERSHIP_TOTAL = 'envoy_cluster_membership_total';
export const MEMBERSHIP_CHANGE = 'envoy_cluster_membership_change';
