export { QUERY_CATALOGUE, DASHBOARD_ROWS, getQuery, queriesInRow } from './catalogue';
export { renderExpr, renderQuery, DEFAULT_RENDER_OPTIONS, type RenderOptions } from './render';
export { SERVICE_VALUES_QUERY, NAMESPACE_VALUES_QUERY, INSTANCE_VALUES_QUERY } from './variableQueries';
export type { CatalogueQuery, RowDefinition, RowId, Visual } from './types';
export { REVENUE_PANEL_TARGETS, type RevenuePanelRefId } from './revenuePanelTargets';
