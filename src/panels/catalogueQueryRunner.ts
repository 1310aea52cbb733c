import { SceneQueryRunner } from '@grafana/scenes';
import { VAR_DATASOURCE_EXPR } from '../constants';
import type { CatalogueQuery } from '../queries';
import { catalogueTarget } from './catalogueTarget';

export const PROMETHEUS_DATASOURCE = { uid: VAR_DATASOURCE_EXPR, type: 'prometheus' };

// The runner's key carries the catalogue id, so scene behaviours can find a panel's query again.
const RUNNER_KEY_PREFIX = 'query-';

export function catalogueQueryRunner(query: CatalogueQuery): SceneQueryRunner {
  return new SceneQueryRunner({
    key: `${RUNNER_KEY_PREFIX}${query.id}`,
    datasource: PROMETHEUS_DATASOURCE,
    queries: [catalogueTarget(query)],
  });
}

/** The catalogue id of a runner built by catalogueQueryRunner, or undefined for any other data provider. */
export function catalogueIdOf(data: unknown): string | undefined {
  if (!(data instanceof SceneQueryRunner)) {
    return undefined;
  }
  const key = data.state.key ?? '';
  return key.startsWith(RUNNER_KEY_PREFIX) ? key.slice(RUNNER_KEY_PREFIX.length) : undefined;
}
