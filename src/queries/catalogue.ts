import { closeWaitQueries } from './rows/closeWait';
import { closeWaitWorkloadQueries } from './rows/closeWaitWorkload';
import { databaseImpactInputQueries } from './rows/databaseImpactInputs';
import { databaseMysqlQueries } from './rows/databaseMysql';
import { databasePoolQueries } from './rows/databasePools';
import { deploymentQueries } from './rows/deployments';
import { errorQueries } from './rows/errors';
import { impactInputQueries } from './rows/impactInputs';
import { keepaliveQueries } from './rows/keepalive';
import { latencyQueries } from './rows/latency';
import { loadBalancerQueries } from './rows/loadBalancer';
import { poolQueries } from './rows/pool';
import { reportTotalQueries } from './rows/reportTotals';
import { retryQueries } from './rows/retries';
import { timeoutBudgetQueries } from './rows/timeoutBudget';
import { keepaliveRaceQueries } from './rows/keepaliveRace';
import { DASHBOARD_ROWS } from './rows/rowOrder';
import { tcpQueries } from './rows/tcp';
import { timeoutQueries } from './rows/timeouts';
import { DEFAULT_PROXY, PROXIES, proxyProfile, type ProxyId } from './proxyProfiles';
import type { CatalogueEntry, CatalogueQuery, RowId } from './types';

/** Every entry, written once against the proxy profiles. */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = [
  ...errorQueries,
  ...closeWaitQueries,
  ...closeWaitWorkloadQueries,
  ...poolQueries,
  ...loadBalancerQueries,
  ...databaseMysqlQueries,
  ...databasePoolQueries,
  ...latencyQueries,
  ...timeoutQueries,
  ...keepaliveQueries,
  ...tcpQueries,
  ...impactInputQueries,
  ...databaseImpactInputQueries,
  ...reportTotalQueries,
  ...deploymentQueries,
  ...retryQueries,
  ...timeoutBudgetQueries,
  ...keepaliveRaceQueries,
];

/** An entry rendered for one proxy, or undefined when the proxy has no equivalent. */
function render(entry: CatalogueEntry, proxy: ProxyId): CatalogueQuery | undefined {
  const found = entry.build(proxyProfile(proxy));
  if (!found) {
    return undefined;
  }
  const { build: _build, proxyIndependent, noEquivalent: _none, ...common } = entry;
  const { note, ...rest } = found;
  const description = rest.description ?? common.description;
  return {
    ...common,
    ...rest,
    description: note ? `${description} ${note}` : description,
    ...(proxyIndependent ? {} : { proxy }),
  };
}

const VIEWS = new Map<ProxyId, CatalogueQuery[]>(
  PROXIES.map((p) => [
    p.id,
    CATALOGUE_ENTRIES.map((e) => render(e, p.id)).filter((q): q is CatalogueQuery => q !== undefined),
  ])
);

/** The catalogue as one proxy sees it: the entries it has an equivalent for, in panel order. */
export function catalogueFor(proxy: ProxyId): readonly CatalogueQuery[] {
  return VIEWS.get(proxy) ?? [];
}

/** The default proxy's view (Envoy): what every existing reader of the catalogue gets. */
export const QUERY_CATALOGUE: readonly CatalogueQuery[] = catalogueFor(DEFAULT_PROXY);

export function getQuery(id: string): CatalogueQuery {
  const query = QUERY_CATALOGUE.find((q) => q.id === id);
  if (!query) {
    throw new Error(`Unknown catalogue query "${id}"`);
  }
  return query;
}

/** The entry rendered for a proxy; undefined when that proxy has no equivalent (`noEquivalentReason` says why). */
export function queryFor(id: string, proxy: ProxyId): CatalogueQuery | undefined {
  return catalogueFor(proxy).find((q) => q.id === id);
}

export function getEntry(id: string): CatalogueEntry {
  const entry = CATALOGUE_ENTRIES.find((e) => e.id === id);
  if (!entry) {
    throw new Error(`Unknown catalogue query "${id}"`);
  }
  return entry;
}

/** Why a proxy has no equivalent of an entry, in a sentence; undefined when it has one. */
export function noEquivalentReason(id: string, proxy: ProxyId): string | undefined {
  if (queryFor(id, proxy)) {
    return undefined;
  }
  return getEntry(id).noEquivalent?.[proxy] ?? `${proxyProfile(proxy).name} exports no equivalent.`;
}

export function queriesInRow(row: RowId, proxy: ProxyId = DEFAULT_PROXY): CatalogueQuery[] {
  return catalogueFor(proxy).filter((q) => q.row === row);
}

/** Entries of a row that a proxy has no equivalent for. */
export function entriesMissingInRow(row: RowId, proxy: ProxyId): CatalogueEntry[] {
  return CATALOGUE_ENTRIES.filter((e) => e.row === row && !queryFor(e.id, proxy));
}

export { DASHBOARD_ROWS };

/** An entry's renderings for every proxy that has one, the default proxy first; a proxy-independent entry once. */
export function renderingsOf(id: string): CatalogueQuery[] {
  const all = PROXIES.map((p) => queryFor(id, p.id)).filter((q): q is CatalogueQuery => q !== undefined);
  return all.some((q) => !q.proxy) ? all.slice(0, 1) : all;
}

/** Entries of a row in panel order: the default proxy's first (its page layout), then those only others have. */
export function entryIdsInRow(row: RowId): string[] {
  const first = queriesInRow(row).map((q) => q.id);
  const others = CATALOGUE_ENTRIES.filter((e) => e.row === row && !first.includes(e.id)).map((e) => e.id);
  return [...first, ...others];
}
