import { closeWaitQueries } from './rows/closeWait';
import { deploymentQueries } from './rows/deployments';
import { errorQueries } from './rows/errors';
import { impactInputQueries } from './rows/impactInputs';
import { keepaliveQueries } from './rows/keepalive';
import { latencyQueries } from './rows/latency';
import { poolQueries } from './rows/pool';
import { reportTotalQueries } from './rows/reportTotals';
import { DASHBOARD_ROWS } from './rows/rowOrder';
import { tcpQueries } from './rows/tcp';
import { timeoutQueries } from './rows/timeouts';
import type { CatalogueQuery, RowId } from './types';

export const QUERY_CATALOGUE: readonly CatalogueQuery[] = [
  ...errorQueries,
  ...closeWaitQueries,
  ...poolQueries,
  ...latencyQueries,
  ...timeoutQueries,
  ...keepaliveQueries,
  ...tcpQueries,
  ...impactInputQueries,
  ...reportTotalQueries,
  ...deploymentQueries,
];

export function getQuery(id: string): CatalogueQuery {
  const query = QUERY_CATALOGUE.find((q) => q.id === id);
  if (!query) {
    throw new Error(`Unknown catalogue query "${id}"`);
  }
  return query;
}

export function queriesInRow(row: RowId): CatalogueQuery[] {
  return QUERY_CATALOGUE.filter((q) => q.row === row);
}

export { DASHBOARD_ROWS };
