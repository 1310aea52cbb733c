// HAProxy's built-in Prometheus exporter (2.4+): backends and servers carry `proxy` (the backend) and `server`.
export const HA_BACKEND_RESPONSES = 'haproxy_backend_http_responses_total';
export const HA_BACKEND_REQUESTS = 'haproxy_backend_http_requests_total';
export const HA_BACKEND_RESPONSE_ERRORS = 'haproxy_backend_response_errors_total';
export const HA_BACKEND_CONNECTION_ERRORS = 'haproxy_backend_connection_errors_total';
export const HA_BACKEND_RETRIES = 'haproxy_backend_retry_warnings_total';
export const HA_BACKEND_REDISPATCHES = 'haproxy_backend_redispatch_warnings_total';
export const HA_BACKEND_QUEUE = 'haproxy_backend_current_queue';
export const HA_BACKEND_ACTIVE_SERVERS = 'haproxy_backend_active_servers';
export const HA_BACKEND_RESPONSE_TIME = 'haproxy_backend_response_time_average_seconds';
export const HA_SERVER_RESPONSES = 'haproxy_server_http_responses_total';
export const HA_SERVER_RESPONSE_ERRORS = 'haproxy_server_response_errors_total';
export const HA_SERVER_STATUS = 'haproxy_server_status';
export const HA_SERVER_CHECK_FAILURES = 'haproxy_server_check_failures_total';
export const HA_SERVER_UP_DOWN = 'haproxy_server_check_up_down_total';
export const HA_SERVER_DOWNTIME = 'haproxy_server_downtime_seconds_total';
export const HA_SERVER_IDLE_CONNECTIONS = 'haproxy_server_idle_connections_current';
export const HA_SERVER_USED_CONNECTIONS = 'haproxy_server_used_connections_current';
export const HA_SERVER_WEIGHT = 'haproxy_server_weight';
export const HA_SERVER_USER_WEIGHT = 'haproxy_server_uweight';

// The response-class matcher of the exporter's http_responses_total (1xx…5xx and "other").
export const HA_CODE_5XX = 'code="5xx"';
