// Shared by the host page and its server; nothing here may import Node or browser APIs.
export const PROMETHEUS_UID = 'fixture-prometheus';
export const PROMETHEUS_NAME = 'Prometheus (fixture)';
/** Grafana's datasource proxy path; the host's server forwards it to the fixture Prometheus. */
export const PROXY_PREFIX = `/api/datasources/proxy/uid/${PROMETHEUS_UID}/`;
export type HostRole = 'Admin' | 'Viewer';
export const ROLE_COOKIE = 'host_role';
/** Where Grafana serves a plugin's files; the host serves dist/ the same way. */
export function pluginPublicPath(pluginId: string): string {
  return `/public/plugins/${pluginId}/`;
}
/** The host's own test hook (not the plugin's): the series uPlot last drew in a time series panel. */
export const HOST_TEST_IDS = { drawnSeries: 'host-drawn-series' };
