import { SceneQueryRunner } from '@grafana/scenes';
import { VAR_DATASOURCE_EXPR } from '../constants';
import type { CatalogueQuery } from '../queries';
import { catalogueTarget } from './catalogueTarget';

export const PROMETHEUS_DATASOURCE = { uid: VAR_DATASOURCE_EXPR, type: 'prometheus' };

export function catalogueQueryRunner(query: CatalogueQuery): SceneQueryRunner {
  return new SceneQueryRunner({
    key: `query-${query.id}`,
    datasource: PROMETHEUS_DATASOURCE,
    queries: [catalogueTarget(query)],
  });
}
