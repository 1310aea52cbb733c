import {
  DB_SATURATION_BAD,
  HIKARI_ACTIVE,
  HIKARI_IDLE,
  HIKARI_MAX,
  HIKARI_PENDING,
  HIKARI_TIMEOUTS,
  MICROMETER_HIKARICP,
  PG_ACTIVITY,
  PG_MAX_CONNECTIONS,
  POSTGRES_EXPORTER,
} from '../databaseMetricNames';
import { proxyIndependent } from '../proxyEntry';
import { tagged } from '../proxySelectors';
import {
  BY_DATABASE_SERVICE,
  BY_SERVICE,
  DATABASE_SERVICE_MATCHER,
  RATE_INTERVAL,
  SERVICE_MATCHER,
  matchers,
  rate,
} from '../selectors';
import type { CatalogueEntry } from '../types';

// postgres_exporter targets carry the database service label; HikariCP is scraped from the service itself.
const BY_DATABASE = `instance, ${BY_DATABASE_SERVICE}`;
const BY_POOL = `pool, ${BY_SERVICE}`;
const sumOf = (by: string, metric: string, extra = '') =>
  `sum by (${by}) (${metric}${matchers(extra, SERVICE_MATCHER)})`;
const pgSum = (by: string, extra = '') => `sum by (${by}) (${PG_ACTIVITY}${matchers(extra, DATABASE_SERVICE_MATCHER)})`;
const pgLimit = `(max by (${BY_DATABASE}) (${PG_MAX_CONNECTIONS}${matchers(DATABASE_SERVICE_MATCHER)}) > 0)`;

/** Backends of every state ÷ max_connections per PostgreSQL server. */
export const postgresSaturationExpr = `${pgSum(BY_DATABASE)} / ${pgLimit}`;

/** HikariCP active connections ÷ the pool's maximum, per pool. */
export const hikariSaturationExpr = `${sumOf(BY_POOL, HIKARI_ACTIVE)} / (${sumOf(BY_POOL, HIKARI_MAX)} > 0)`;

export const databasePoolQueries: CatalogueEntry[] = [
  proxyIndependent({
    id: 'dbPostgresSaturation',
    row: 'database',
    title: 'PostgreSQL backends ÷ max_connections',
    description: `Backends of every state ÷ max_connections per server. At ${DB_SATURATION_BAD * 100}% new clients get "sorry, too many clients already" (superusers keep superuser_reserved_connections) and the services on it answer 5xx. Next: the idle-in-transaction panel beside, then pg_stat_activity grouped by usename and application_name.`,
    unit: 'percentunit',
    expr: postgresSaturationExpr,
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [PG_ACTIVITY, PG_MAX_CONNECTIONS],
    provider: POSTGRES_EXPORTER,
    badAbove: DB_SATURATION_BAD,
  }),
  proxyIndependent({
    id: 'dbPostgresIdleInTransaction',
    row: 'database',
    title: 'PostgreSQL idle in transaction ÷ max_connections',
    description:
      'Backends that opened a transaction and went quiet, as a share of max_connections: the PostgreSQL form of the leak (a pool that lends a connection and the code never commits or returns it). They hold locks and slots. Any lasting value is bad; above 10% the pool will run dry. Next: set idle_in_transaction_session_timeout and find the application_name in pg_stat_activity.',
    unit: 'percentunit',
    expr: `${pgSum(BY_DATABASE, 'state="idle in transaction"')} / ${pgLimit}`,
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [PG_ACTIVITY, PG_MAX_CONNECTIONS],
    provider: POSTGRES_EXPORTER,
    badAbove: 0.1,
  }),
  proxyIndependent({
    id: 'dbPostgresBackendsByState',
    row: 'database',
    title: 'PostgreSQL backends by state',
    description:
      'Backends per state (active, idle, idle in transaction, …). Many idle is a client pool sized above its need; a growing idle in transaction is a leak. Next: compare the total with max_connections in the saturation panel.',
    unit: 'short',
    expr: pgSum(`instance, state, ${BY_DATABASE_SERVICE}`),
    legend: '{{instance}} {{state}}',
    visual: 'timeseries',
    metrics: [PG_ACTIVITY],
    provider: POSTGRES_EXPORTER,
  }),
  proxyIndependent({
    id: 'dbHikariSaturation',
    row: 'database',
    title: 'HikariCP active ÷ maximum pool size',
    description: `Connections lent out by the application's HikariCP pool ÷ its maximumPoolSize. At ${DB_SATURATION_BAD * 100}% callers start waiting (pending) and time out after connectionTimeout. Next: the pending and timeout panel; a leak shows as active pinned at the maximum while the database itself is quiet (leakDetectionThreshold names the code).`,
    unit: 'percentunit',
    expr: hikariSaturationExpr,
    legend: '{{pool}}',
    visual: 'timeseries',
    metrics: [HIKARI_ACTIVE, HIKARI_MAX],
    provider: MICROMETER_HIKARICP,
    badAbove: DB_SATURATION_BAD,
  }),
  proxyIndependent({
    id: 'dbHikariConnections',
    row: 'database',
    title: 'HikariCP active, idle and pending',
    description:
      'Per pool: connections in use, idle in the pool, and threads waiting for one. Pending above 0 means callers wait on the pool; idle that never drops to minimumIdle is what fills the database (seed 002). Next: the timeouts panel, then idleTimeout and maximumPoolSize.',
    unit: 'short',
    expr: tagged('connections', [
      { value: 'active', expr: sumOf(BY_POOL, HIKARI_ACTIVE) },
      { value: 'idle', expr: sumOf(BY_POOL, HIKARI_IDLE) },
      { value: 'pending', expr: sumOf(BY_POOL, HIKARI_PENDING) },
    ]),
    legend: '{{pool}} {{connections}}',
    visual: 'timeseries',
    metrics: [HIKARI_ACTIVE, HIKARI_IDLE, HIKARI_PENDING],
    provider: MICROMETER_HIKARICP,
  }),
  proxyIndependent({
    id: 'dbHikariTimeoutRate',
    row: 'database',
    title: 'HikariCP connection timeouts',
    description:
      'Requests that gave up waiting for a pool connection (SQLTransientConnectionException): each one is an error your service returns. Should be 0. Next: active vs maximum in the saturation panel; a pool pinned at its maximum is a leak or a slow database.',
    unit: 'cps',
    expr: `sum by (${BY_POOL}) (${rate(HIKARI_TIMEOUTS, matchers(SERVICE_MATCHER), RATE_INTERVAL)})`,
    legend: '{{pool}}',
    visual: 'timeseries',
    metrics: [HIKARI_TIMEOUTS],
    provider: MICROMETER_HIKARICP,
    badAbove: 0,
  }),
];
