export {
  QUERY_CATALOGUE,
  CATALOGUE_ENTRIES,
  DASHBOARD_ROWS,
  catalogueFor,
  entriesMissingInRow,
  entryIdsInRow,
  getEntry,
  getQuery,
  noEquivalentReason,
  queriesInRow,
  queryFor,
  renderingsOf,
} from './catalogue';
export { renderExpr, renderQuery, DEFAULT_RENDER_OPTIONS, type RenderOptions } from './render';
export {
  SERVICE_VALUES_QUERY,
  NAMESPACE_VALUES_QUERY,
  INSTANCE_VALUES_QUERY,
  METRIC_NAMES_QUERY,
  SERVICE_LABEL_METRIC,
  seriesWithoutServiceLabel,
  serviceValuesQuery,
} from './variableQueries';
export { detectProxy } from './proxyDetection';
export type { CatalogueEntry, CatalogueQuery, ProxyVariant, RowDefinition, RowId, Visual } from './types';
export { DEFAULT_PROXY, PROXIES, isProxyId, proxyProfile, type ProxyId, type ProxyProfile } from './proxyProfiles';
export {
  REVENUE_PANEL_TARGETS,
  REVENUE_PANEL_MAX_DATA_POINTS,
  REVENUE_PANEL_MIN_INTERVAL,
  revenuePanelResolution,
  type RevenuePanelRefId,
  type RevenuePanelResolution,
} from './revenuePanelTargets';
export {
  RECORDING_COVERAGE_PROBES,
  RECORDED_STEP_SECONDS,
  chooseRevenueSource,
  revenuePanelTargets,
  type RevenueSource,
  type RevenueTarget,
} from './revenuePanelSource';
export { revenueInputOf, revenuePanelTargetsForEveryProxy, type ProxyRevenueTarget } from './revenuePanelProxyTargets';
export { DATABASE_IMPACT_TARGETS, databaseInputOf, type DatabaseImpactInput } from './databaseImpactTargets';
