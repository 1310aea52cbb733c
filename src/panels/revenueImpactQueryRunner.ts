import { SceneQueryRunner } from '@grafana/scenes';
import { REVENUE_PANEL_MAX_DATA_POINTS, REVENUE_PANEL_MIN_INTERVAL, revenuePanelTargets } from '../queries';
import { PROMETHEUS_DATASOURCE } from './catalogueQueryRunner';
import { RevenueSourceChoice, rangeTarget } from './revenueSourceChoice';

/**
 * The ROI panel's inputs by refId, from the catalogue: the recording rules' series where they cover the range
 * under the chosen service label, the raw queries (the bundled dashboards' targets) otherwise. The runner waits
 * for that choice (its behaviour runs it), so a month of raw samples is never read when recordings exist; the
 * behaviour also sets the step for the range (revenuePanelResolution) before each run.
 */
export function revenueImpactQueryRunner(): SceneQueryRunner {
  return new SceneQueryRunner({
    key: 'query-revenue-impact',
    datasource: PROMETHEUS_DATASOURCE,
    maxDataPoints: REVENUE_PANEL_MAX_DATA_POINTS,
    minInterval: REVENUE_PANEL_MIN_INTERVAL,
    queries: revenuePanelTargets('raw').map(rangeTarget),
    runQueriesMode: 'manual',
    $behaviors: [new RevenueSourceChoice()],
  });
}
