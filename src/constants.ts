import pluginJson from './plugin.json';

export const PLUGIN_ID = pluginJson.id;
export const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;
export const REVENUE_PANEL_ID = 'sre-revenueimpact-panel';
export const FIX_PANEL_ID = 'sre-fixvalidation-panel';

export const MAIN_PAGE_TITLE = 'Stream 2 — Connection Health & 5xx';

export enum ROUTES {
  ConnectionHealth = 'connection-health',
  BusinessImpact = 'business-impact',
  FixValidation = 'fix-validation',
}

// The fix time and its windows in the URL, shared by the Fix validation page and the Stream 2 page's timeline.
export const FIX_AT_URL_KEY = 'fixAt';
export const FIX_BEFORE_URL_KEY = 'before';
export const FIX_AFTER_URL_KEY = 'after';

// Variable names come in pairs: the name, and the expression that Grafana interpolates.
// No `:regex` format: it leaves `\.` in a PromQL string, which Prometheus rejects; the Prometheus
// datasource escapes multi-value variables for a regex matcher itself.
export const VAR_DATASOURCE = 'ds';
export const VAR_DATASOURCE_EXPR = '${ds}';
export const VAR_SERVICE_LABEL = 'label';
export const VAR_SERVICE_LABEL_EXPR = '${label}';
// The label on database exporter targets that names the owning service; by default the service label itself.
export const VAR_DATABASE_SERVICE_LABEL = 'dblabel';
export const VAR_DATABASE_SERVICE_LABEL_EXPR = '${dblabel}';
export const VAR_SERVICE = 'service';
// Plain references: Grafana's Prometheus datasource escapes multi-values for PromQL strings itself
// (an explicit :regex format would leave single backslashes that PromQL rejects).
export const VAR_SERVICE_EXPR = '${service}';
export const VAR_NAMESPACE = 'namespace';
export const VAR_NAMESPACE_EXPR = '${namespace}';
export const VAR_INSTANCE = 'instance';
export const VAR_INSTANCE_EXPR = '${instance}';
// The proxy whose metrics the page reads (envoy | haproxy), or `auto`: detected from what is scraped.
export const VAR_PROXY = 'proxy';
export const PROXY_AUTO = 'auto';

// The seed's Conveyor mesh names services with `source`; plain Envoy fleets use envoy_cluster_name.
export const DEFAULT_SERVICE_LABEL = 'source';
export const ALL_VALUE_REGEX = '.*';
