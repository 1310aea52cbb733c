import type { FieldConfig, Panel, RowPanel, ThresholdsMode } from '@grafana/schema';
import { REVENUE_PANEL_ID } from '../../src/constants';
import {
  DATABASE_IMPACT_TARGETS,
  REVENUE_PANEL_MAX_DATA_POINTS,
  REVENUE_PANEL_MIN_INTERVAL,
  getQuery,
  renderingsOf,
  revenuePanelTargetsForEveryProxy,
  type CatalogueQuery,
  type RowDefinition,
} from '../../src/queries';
import { catalogueTarget } from '../../src/panels/catalogueTarget';
import type { GridPosition } from '../../src/panels/gridLayout';
import { missingMetricText } from '../../src/panels/missingMetricText';
import { BARGAUGE_DISPLAY, THRESHOLDS_STYLE, TIMESERIES_LEGEND } from '../../src/panels/panelOptions';
import { catalogueThresholdSteps } from '../../src/panels/thresholdSteps';
import { DASHBOARD_DATASOURCE } from './dashboardVariables';
import { combinedDescription, combinedNoValue, dashboardExpr } from './proxyTargets';

const ABSOLUTE = 'absolute' as ThresholdsMode;

// The Business impact page's title for the same panel.
export const REVENUE_PANEL_TITLE = 'Revenue impact of 5xx bursts';
const REVENUE_PANEL_DESCRIPTION =
  'Bursts found in the 5xx ratio, what each one costs (failed page renders, lost sessions, GMV, profit) and what the fix returns (payback days, year-1 ROI). Inputs this Prometheus does not measure come from the organisation defaults on the app configuration page, and each input says whether it was measured or assumed. Next: the 5xx rate and ratio panels for the bursts behind the numbers.';

function fieldDefaults(query: CatalogueQuery, noValue = missingMetricText(query)): FieldConfig {
  const defaults: FieldConfig = { unit: query.unit, noValue };
  const steps = catalogueThresholdSteps(query);
  if (steps) {
    defaults.thresholds = { mode: ABSOLUTE, steps };
    if (query.visual === 'timeseries') {
      defaults.custom = { thresholdsStyle: { ...THRESHOLDS_STYLE } };
    }
  }
  return defaults;
}

function visualOptions(query: CatalogueQuery): Record<string, unknown> {
  switch (query.visual) {
    case 'timeseries':
      return { legend: { ...TIMESERIES_LEGEND } };
    case 'bargauge':
      return { ...BARGAUGE_DISPLAY };
    default:
      return {};
  }
}

function targetJson(query: CatalogueQuery, refId: string) {
  return {
    ...catalogueTarget(query, refId),
    expr: dashboardExpr(query),
    datasource: DASHBOARD_DATASOURCE,
    editorMode: 'code',
  };
}

/** One panel per catalogue query, with the same title, description, unit, thresholds and query as on the Scenes page. */
export function cataloguePanelJson(query: CatalogueQuery, id: number, gridPos: GridPosition): Panel {
  return {
    id,
    type: query.visual,
    title: query.title,
    description: query.description,
    datasource: DASHBOARD_DATASOURCE,
    gridPos,
    fieldConfig: { defaults: fieldDefaults(query), overrides: [] },
    options: visualOptions(query),
    targets: [targetJson(query, 'A')],
  };
}

/**
 * One panel per catalogue entry with one target per proxy (A for Envoy, B for HAProxy): a plain dashboard cannot swap
 * a panel's query on a variable, and a proxy that is not scraped costs one index lookup that returns nothing.
 */
export function entryPanelJson(entryId: string, id: number, gridPos: GridPosition): Panel {
  const renderings = renderingsOf(entryId);
  const refIds = renderings.map((_, i) => String.fromCharCode(65 + i));
  const [first] = renderings;
  return {
    ...cataloguePanelJson(first, id, gridPos),
    description: combinedDescription(renderings, refIds),
    fieldConfig: { defaults: fieldDefaults(first, combinedNoValue(renderings)), overrides: [] },
    targets: renderings.map((q, i) => targetJson(q, refIds[i])),
  };
}

/** The ROI panel with empty options (it falls back to the organisation's defaults), at the page's resolution. */
export function revenuePanelJson(id: number, gridPos: GridPosition): Panel {
  return {
    id,
    type: REVENUE_PANEL_ID,
    title: REVENUE_PANEL_TITLE,
    description: REVENUE_PANEL_DESCRIPTION,
    datasource: DASHBOARD_DATASOURCE,
    gridPos,
    maxDataPoints: REVENUE_PANEL_MAX_DATA_POINTS,
    interval: REVENUE_PANEL_MIN_INTERVAL,
    fieldConfig: { defaults: {}, overrides: [] },
    options: {},
    // The database inputs too, so the panel attributes bursts to a full database as report does.
    targets: [
      ...revenuePanelTargetsForEveryProxy().map((t) => targetJson(t.query, t.refId)),
      ...DATABASE_IMPACT_TARGETS.map((t) => targetJson(getQuery(t.queryId), t.refId)),
    ],
  };
}

export function rowPanelJson(row: RowDefinition, id: number, y: number): RowPanel {
  return { id, type: 'row', title: row.title, collapsed: false, gridPos: { x: 0, y, w: 24, h: 1 }, panels: [] };
}
