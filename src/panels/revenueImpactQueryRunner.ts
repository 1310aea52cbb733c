import { SceneQueryRunner } from '@grafana/scenes';
import { REVENUE_PANEL_TARGETS, getQuery } from '../queries';
import { PROMETHEUS_DATASOURCE } from './catalogueQueryRunner';

// 30 days at 5-minute steps (8,640 points) keeps 30-minute bursts sharp; default resolution smears them into ~40-minute steps.
export const REVENUE_MAX_DATA_POINTS = 8640;
export const REVENUE_MIN_INTERVAL = '1m';

/** The ROI panel's inputs by refId, from the catalogue: the same targets as the bundled dashboards. */
export function revenueImpactQueryRunner(): SceneQueryRunner {
  return new SceneQueryRunner({
    key: 'query-revenue-impact',
    datasource: PROMETHEUS_DATASOURCE,
    maxDataPoints: REVENUE_MAX_DATA_POINTS,
    minInterval: REVENUE_MIN_INTERVAL,
    queries: REVENUE_PANEL_TARGETS.map(({ refId, queryId }) => {
      const query = getQuery(queryId);
      return {
        refId,
        expr: query.expr,
        legendFormat: query.legend,
        range: true,
        instant: false,
        format: 'time_series',
      };
    }),
  });
}
