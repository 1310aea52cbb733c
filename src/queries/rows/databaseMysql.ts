import {
  DB_SATURATION_BAD,
  MYSQLD_EXPORTER,
  MYSQL_ABORTED_CONNECTS,
  MYSQL_CONNECTION_ERRORS,
  MYSQL_MAX_CONNECTIONS,
  MYSQL_THREADS_CONNECTED,
  MYSQL_THREADS_RUNNING,
  MYSQL_UP,
} from '../databaseMetricNames';
import { proxyIndependent } from '../proxyEntry';
import { tagged } from '../proxySelectors';
import { BY_DATABASE_SERVICE, DATABASE_SERVICE_MATCHER, RATE_INTERVAL, matchers, rate } from '../selectors';
import type { CatalogueEntry } from '../types';

// Database series belong to a service by the label convention: the exporter's target carries the database service label.
const BY_DATABASE = `instance, ${BY_DATABASE_SERVICE}`;
const DATABASE_LEGEND = '{{instance}}';
const gauge = (metric: string, extra = '') =>
  `max by (${BY_DATABASE}) (${metric}${matchers(extra, DATABASE_SERVICE_MATCHER)})`;

export const EXPORTER_LOCKED_OUT = 'exporter cannot connect — likely exhausted';
export const EXPORTER_CONNECTED = 'exporter connected';

/** Connections in use ÷ max_connections per database; a missing or zero limit leaves the series out, never Infinity. */
export const mysqlSaturationExpr = `${gauge(MYSQL_THREADS_CONNECTED)} / (${gauge(MYSQL_MAX_CONNECTIONS)} > 0)`;

/** Refused connections per second: MySQL's counter or MariaDB's, whichever moved (never their sum). */
export const mysqlRefusalsExpr = `max by (${BY_DATABASE}) (${rate(MYSQL_CONNECTION_ERRORS, matchers('error="max_connections"', DATABASE_SERVICE_MATCHER), RATE_INTERVAL)} or ${rate(MYSQL_ABORTED_CONNECTS, matchers(DATABASE_SERVICE_MATCHER), RATE_INTERVAL)})`;

/** 1 when the exporter reached the server, 0 when it was refused: a reading label says which, in words. */
export const mysqlExporterReadingExpr = tagged('reading', [
  { value: EXPORTER_LOCKED_OUT, expr: `(${gauge(MYSQL_UP)} == 0)` },
  { value: EXPORTER_CONNECTED, expr: `(${gauge(MYSQL_UP)} == 1)` },
]);

export const databaseMysqlQueries: CatalogueEntry[] = [
  proxyIndependent({
    id: 'dbMysqlSaturation',
    row: 'database',
    title: 'MySQL/MariaDB connections ÷ max_connections',
    description: `Connections open on the server ÷ its max_connections (the exporter's own connection included). At ${DB_SATURATION_BAD * 100}% the next burst of connects is refused with "Too many connections" and the services on it answer 5xx (seed 002). A line that climbs and never falls is a client pool that keeps idle connections forever. A gap at the top means the exporter itself was locked out: read the exporter panel. Next: SHOW PROCESSLIST grouped by user and host; set the client pool's idle timeout and max idle.`,
    unit: 'percentunit',
    expr: mysqlSaturationExpr,
    legend: DATABASE_LEGEND,
    visual: 'timeseries',
    metrics: [MYSQL_THREADS_CONNECTED, MYSQL_MAX_CONNECTIONS],
    provider: MYSQLD_EXPORTER,
    badAbove: DB_SATURATION_BAD,
  }),
  proxyIndependent({
    id: 'dbMysqlThreads',
    row: 'database',
    title: 'MySQL/MariaDB running vs connected threads',
    description:
      'Connected threads against the ones running a statement; the difference is sleeping (idle) connections held by client pools. Many connected and few running is the idle-accumulation leak of seed 002, not load. Next: find the user holding the sleeping connections (SHOW PROCESSLIST, Command = Sleep) and lower its pool size or idle timeout.',
    unit: 'short',
    expr: tagged('threads', [
      { value: 'connected', expr: gauge(MYSQL_THREADS_CONNECTED) },
      { value: 'running', expr: gauge(MYSQL_THREADS_RUNNING) },
      { value: 'sleeping', expr: `${gauge(MYSQL_THREADS_CONNECTED)} - ${gauge(MYSQL_THREADS_RUNNING)}` },
    ]),
    legend: '{{instance}} {{threads}}',
    visual: 'timeseries',
    metrics: [MYSQL_THREADS_CONNECTED, MYSQL_THREADS_RUNNING],
    provider: MYSQLD_EXPORTER,
  }),
  proxyIndependent({
    id: 'dbMysqlRefusedRate',
    row: 'database',
    title: 'MySQL/MariaDB connections refused',
    description:
      'Connection attempts refused per second. MySQL counts "Too many connections" in Connection_errors_max_connections; MariaDB leaves that at 0 and counts it in Aborted_connects (which also counts failed logins), so the panel reads whichever moved. Should be 0; any value while saturation is high is the database refusing your services. Next: the saturation panel and the client pool settings of the services on this database.',
    unit: 'cps',
    expr: mysqlRefusalsExpr,
    legend: DATABASE_LEGEND,
    visual: 'timeseries',
    metrics: [MYSQL_CONNECTION_ERRORS, MYSQL_ABORTED_CONNECTS],
    provider: MYSQLD_EXPORTER,
    badAbove: 0,
  }),
  proxyIndependent({
    id: 'dbMysqlExporterUp',
    row: 'database',
    title: 'MySQL/MariaDB exporter connection',
    description: `Whether mysqld_exporter reached the server at each scrape. It opens a connection per scrape, so a full server refuses it too: "${EXPORTER_LOCKED_OUT}" is that case, not a dead exporter. Bad: any lock-out. Next: SHOW PROCESSLIST as a user with SUPER (MariaDB keeps one connection above max_connections for it) and kill the sleeping connections of the leaking user.`,
    unit: 'none',
    expr: mysqlExporterReadingExpr,
    legend: '{{instance}} {{reading}}',
    visual: 'timeseries',
    metrics: [MYSQL_UP],
    provider: MYSQLD_EXPORTER,
    badBelow: 1,
  }),
];
