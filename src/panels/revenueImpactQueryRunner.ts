import { SceneQueryRunner } from '@grafana/scenes';
import { REVENUE_PANEL_MAX_DATA_POINTS, REVENUE_PANEL_MIN_INTERVAL, REVENUE_PANEL_TARGETS, getQuery } from '../queries';
import { PROMETHEUS_DATASOURCE } from './catalogueQueryRunner';

/** The ROI panel's inputs by refId, from the catalogue: the same targets as the bundled dashboards. */
export function revenueImpactQueryRunner(): SceneQueryRunner {
  return new SceneQueryRunner({
    key: 'query-revenue-impact',
    datasource: PROMETHEUS_DATASOURCE,
    maxDataPoints: REVENUE_PANEL_MAX_DATA_POINTS,
    minInterval: REVENUE_PANEL_MIN_INTERVAL,
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
