// Where each family of metrics comes from, so an empty panel can say what to install or enable.
export const ENVOY_CLUSTER_STATS =
  "Envoy cluster stats (the sidecar's /stats/prometheus scrape; in Istio, enable the cluster stats via proxyStatsMatcher inclusionPrefixes: cluster.)";
export const ENVOY_HTTP_STATS = "Envoy HTTP connection manager stats (the sidecar's /stats/prometheus scrape)";
export const KUBE_STATE_METRICS = 'kube-state-metrics (pod metrics)';
export const KUBE_STATE_METRICS_ROLLOUTS = 'kube-state-metrics (deployment and replicaset metrics)';
export const NODE_EXPORTER_NETSTAT =
  'node_exporter netstat collector (on by default; check --collector.netstat.fields)';
export const NODE_EXPORTER_SOCKSTAT = 'node_exporter sockstat collector (on by default)';
export const NODE_EXPORTER_TCPSTAT = 'node_exporter with --collector.tcpstat (off by default)';
export const NGINX_INGRESS = 'ingress-nginx controller metrics (--enable-metrics, port 10254)';
export const HAPROXY_EXPORTER =
  "HAProxy's built-in Prometheus exporter (2.4+: `http-request use-service prometheus-exporter if { path /metrics }` on a stats frontend)";
