import { SceneQueryRunner } from '@grafana/scenes';
import { VAR_DATASOURCE_EXPR } from '../constants';
import { DEFAULT_PROXY, getQuery, isProxyId, queryFor, type CatalogueQuery } from '../queries';
import { catalogueTarget } from './catalogueTarget';

export const PROMETHEUS_DATASOURCE = { uid: VAR_DATASOURCE_EXPR, type: 'prometheus' };

// The runner's key carries the catalogue id (and a proxy other than the default), so scene behaviours can find a
// panel's query again.
const RUNNER_KEY_PREFIX = 'query-';
const PROXY_SEPARATOR = '@';

function runnerKey(query: CatalogueQuery): string {
  const proxy = query.proxy && query.proxy !== DEFAULT_PROXY ? `${PROXY_SEPARATOR}${query.proxy}` : '';
  return `${RUNNER_KEY_PREFIX}${query.id}${proxy}`;
}

export function catalogueQueryRunner(query: CatalogueQuery): SceneQueryRunner {
  return new SceneQueryRunner({
    key: runnerKey(query),
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
  return key.startsWith(RUNNER_KEY_PREFIX) ? key.slice(RUNNER_KEY_PREFIX.length).split(PROXY_SEPARATOR)[0] : undefined;
}

/** The catalogue query (as rendered for its proxy) behind a runner built by catalogueQueryRunner. */
export function catalogueQueryOf(data: unknown): CatalogueQuery | undefined {
  const id = catalogueIdOf(data);
  if (!id) {
    return undefined;
  }
  const proxy = ((data as SceneQueryRunner).state.key ?? '').split(PROXY_SEPARATOR)[1];
  return proxy && isProxyId(proxy) ? queryFor(id, proxy) : getQuery(id);
}
