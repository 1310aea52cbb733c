// Shared by the host page and its server; nothing here may import Node or browser APIs.
export const PROMETHEUS_UID = 'fixture-prometheus';
export const PROMETHEUS_NAME = 'Prometheus (fixture)';
/** The second Prometheus: the simulated fix rollout (44 days), for the Fix validation page. */
export const FIX_ROLLOUT_PROMETHEUS_UID = 'fix-rollout-prometheus';
export const FIX_ROLLOUT_PROMETHEUS_NAME = 'Prometheus (fix rollout)';
/** Grafana's datasource proxy, every datasource. */
export const PROXY_PATH = '/api/datasources/proxy/uid/';
/** Grafana's datasource proxy path of a datasource; the host's server forwards it to that uid's Prometheus. */
export const proxyPrefix = (uid: string) => `${PROXY_PATH}${uid}/`;
export type HostRole = 'Admin' | 'Viewer';
export const ROLE_COOKIE = 'host_role';
/** Where Grafana serves a plugin's files; the host serves dist/ the same way. */
export function pluginPublicPath(pluginId: string): string {
  return `/public/plugins/${pluginId}/`;
}
/** The host's own test hook (not the plugin's): the series uPlot last drew in a time series panel. */
export const HOST_TEST_IDS = { drawnSeries: 'host-drawn-series', drawnAnnotations: 'host-drawn-annotations' };
