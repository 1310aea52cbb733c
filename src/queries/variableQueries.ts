import { VAR_SERVICE_LABEL_EXPR } from '../constants';
import { RQ_XX } from './metricNames';
import { proxyProfile, type ProxyId } from './proxyProfiles';

// Grafana variable queries (label_values) live in the catalogue too: they are PromQL-shaped.
export const SERVICE_VALUES_QUERY = `label_values(envoy_cluster_upstream_rq_xx, ${VAR_SERVICE_LABEL_EXPR})`;
export const NAMESPACE_VALUES_QUERY = 'label_values(kube_pod_container_status_restarts_total, namespace)';
export const INSTANCE_VALUES_QUERY = 'label_values(node_sockstat_TCP_inuse, instance)';
// Every metric name in the datasource for the time range: one label-index lookup, no series read.
export const METRIC_NAMES_QUERY = 'label_values(__name__)';

// Every service has this series: `connhealth report` checks the service label on it before summing by it.
export const SERVICE_LABEL_METRIC = RQ_XX;

/** Selector for the series of SERVICE_LABEL_METRIC that lack the service label (they would sum into one group). */
export function seriesWithoutServiceLabel(label: string): string {
  return `${SERVICE_LABEL_METRIC}{${label}=""}`;
}

/** The services a proxy serves, by the label that names them (Envoy: `${label}`; HAProxy: its backends). */
export function serviceValuesQuery(proxy: ProxyId): string {
  const p = proxyProfile(proxy);
  return `label_values(${p.signals.responses.metric}, ${p.serviceLabel})`;
}
