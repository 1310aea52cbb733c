import {
  HIKARI_ACTIVE,
  HIKARI_MAX,
  MICROMETER_HIKARICP,
  MYSQLD_EXPORTER,
  MYSQL_ABORTED_CONNECTS,
  MYSQL_CONNECTION_ERRORS,
  MYSQL_MAX_CONNECTIONS,
  MYSQL_THREADS_CONNECTED,
  MYSQL_UP,
  PG_ACTIVITY,
  PG_MAX_CONNECTIONS,
  POSTGRES_EXPORTER,
} from '../databaseMetricNames';
import { proxyIndependent } from '../proxyEntry';
import { BY_DATABASE_SERVICE, BY_SERVICE } from '../selectors';
import type { CatalogueQuery } from '../types';
import { mysqlExporterReadingExpr, mysqlRefusalsExpr, mysqlSaturationExpr } from './databaseMysql';
import { hikariSaturationExpr, postgresSaturationExpr } from './databasePools';

// The attribution engine's database inputs: one series per owning service, named by the service label so the burst
// detector's services and their databases meet. The database service label is copied onto the service label.
const asService = (expr: string) => `label_replace(${expr}, "${BY_SERVICE}", "$1", "${BY_DATABASE_SERVICE}", "(.+)")`;
const perService = (aggregation: 'max' | 'min', expr: string) => `${aggregation} by (${BY_SERVICE}) (${expr})`;

type Input = Pick<CatalogueQuery, 'id' | 'title' | 'description' | 'unit' | 'expr' | 'metrics' | 'provider'>;
const input = (q: Input) =>
  proxyIndependent({ ...q, row: 'impact', legend: `{{${BY_SERVICE}}}`, visual: 'timeseries' });

const NEXT = 'Next: the Database connection pools row on the Stream 2 page for the same service.';

// A burst around 90% or more of any of these is attributed to database pool exhaustion.
const saturation = (
  id: string,
  pool: string,
  ratio: string,
  expr: string,
  reads: Pick<Input, 'metrics' | 'provider'>
) =>
  input({
    id,
    title: `${pool} saturation by owning service`,
    description: `The fullest ${pool} of each service (${ratio}). At 90% or more around a 5xx burst the burst is attributed to database pool exhaustion. ${NEXT}`,
    unit: 'percentunit',
    expr: perService('max', expr),
    ...reads,
  });

export const databaseImpactInputQueries = [
  saturation(
    'dbMysqlSaturationByService',
    'MySQL/MariaDB server',
    'connections ÷ max_connections',
    asService(mysqlSaturationExpr),
    {
      metrics: [MYSQL_THREADS_CONNECTED, MYSQL_MAX_CONNECTIONS],
      provider: MYSQLD_EXPORTER,
    }
  ),
  saturation(
    'dbPostgresSaturationByService',
    'PostgreSQL server',
    'backends ÷ max_connections',
    asService(postgresSaturationExpr),
    {
      metrics: [PG_ACTIVITY, PG_MAX_CONNECTIONS],
      provider: POSTGRES_EXPORTER,
    }
  ),
  saturation('dbHikariSaturationByService', 'HikariCP pool', 'active ÷ maximum', hikariSaturationExpr, {
    metrics: [HIKARI_ACTIVE, HIKARI_MAX],
    provider: MICROMETER_HIKARICP,
  }),
  input({
    id: 'dbMysqlRefusedByService',
    title: 'MySQL/MariaDB refused connections by owning service',
    description: `Connections refused per second by any MySQL/MariaDB server of the service. Any refusal around a 5xx burst attributes it to database pool exhaustion. ${NEXT}`,
    unit: 'cps',
    expr: perService('max', asService(mysqlRefusalsExpr)),
    metrics: [MYSQL_CONNECTION_ERRORS, MYSQL_ABORTED_CONNECTS],
    provider: MYSQLD_EXPORTER,
  }),
  input({
    id: 'dbMysqlExporterUpByService',
    title: 'mysqld_exporter connection by owning service',
    description: `1 while every mysqld_exporter of the service reaches its server, 0 while one is locked out (a full server). A lock-out around a 5xx burst attributes it to database pool exhaustion. ${NEXT}`,
    unit: 'none',
    expr: perService('min', asService(mysqlExporterReadingExpr)),
    metrics: [MYSQL_UP],
    provider: MYSQLD_EXPORTER,
  }),
];
