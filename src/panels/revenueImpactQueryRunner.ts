import { SceneQueryRunner } from '@grafana/scenes';
import {
  REVENUE_PANEL_MAX_DATA_POINTS,
  REVENUE_PANEL_MIN_INTERVAL,
  revenuePanelTargetsForEveryProxy,
} from '../queries';
import { PROMETHEUS_DATASOURCE } from './catalogueQueryRunner';
import { catalogueTarget } from './catalogueTarget';

/** The ROI panel's inputs by refId, for every proxy, from the catalogue: the same targets as the bundled dashboards. */
export function revenueImpactQueryRunner(): SceneQueryRunner {
  return new SceneQueryRunner({
    key: 'query-revenue-impact',
    datasource: PROMETHEUS_DATASOURCE,
    maxDataPoints: REVENUE_PANEL_MAX_DATA_POINTS,
    minInterval: REVENUE_PANEL_MIN_INTERVAL,
    queries: revenuePanelTargetsForEveryProxy().map(({ refId, query }) => catalogueTarget(query, refId)),
  });
}
