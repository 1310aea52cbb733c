import { SceneQueryRunner } from '@grafana/scenes';
import { VAR_DATASOURCE_EXPR } from '../constants';
import type { CatalogueQuery } from '../queries';

export const PROMETHEUS_DATASOURCE = { uid: VAR_DATASOURCE_EXPR, type: 'prometheus' };

// Tables want one row per series; graphs and bar gauges want one named series each.
export function catalogueQueryRunner(query: CatalogueQuery): SceneQueryRunner {
  return new SceneQueryRunner({
    key: `query-${query.id}`,
    datasource: PROMETHEUS_DATASOURCE,
    queries: [
      {
        refId: 'A',
        expr: query.expr,
        legendFormat: query.legend,
        instant: Boolean(query.instant),
        range: !query.instant,
        format: query.visual === 'table' ? 'table' : 'time_series',
      },
    ],
  });
}
