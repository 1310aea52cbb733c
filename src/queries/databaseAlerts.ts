import { PLUGIN_BASE_URL, ROUTES, VAR_SERVICE } from '../constants';
import type { AlertRule } from './alertRules';
import { DB_SATURATION_BAD, MYSQL_UP } from './databaseMetricNames';
import { renderForRules } from './recordingRules';
import { hikariSaturationExpr, postgresSaturationExpr } from './rows/databasePools';
import { mysqlSaturationExpr } from './rows/databaseMysql';

/** Seed 002: no mixin alerts on connections vs max_connections; these do, per database and owning service. */
export function databaseAlerts(serviceLabel: string): AlertRule[] {
  const dashboard_url = `${PLUGIN_BASE_URL}/${ROUTES.ConnectionHealth}?var-${VAR_SERVICE}={{ $labels.${serviceLabel} }}`;
  const saturations = [mysqlSaturationExpr, postgresSaturationExpr, hikariSaturationExpr].map(renderForRules);
  return [
    {
      alert: 'ConnectionHealthDatabasePoolNearlyFull',
      expr: saturations.map((expr) => `(${expr}) >= ${DB_SATURATION_BAD}`).join(' or '),
      for: '5m',
      labels: { severity: 'warning' },
      annotations: {
        summary: `{{ $labels.${serviceLabel} }}: {{ $labels.instance }}{{ $labels.pool }} at {{ $value | humanizePercentage }} of its connection limit`,
        description:
          'A database (or HikariCP pool) of this service has held 90% of its connection limit for 5 minutes: the next surge of connects is refused and the service answers 5xx (seed 002). Next: the Database connection pools row; find the client holding idle connections and set its idle timeout.',
        dashboard_url,
      },
    },
    {
      alert: 'ConnectionHealthDatabaseExporterLockedOut',
      expr: `max by (instance, ${serviceLabel}) (${MYSQL_UP}) == 0`,
      for: '2m',
      labels: { severity: 'critical' },
      annotations: {
        summary: `{{ $labels.${serviceLabel} }}: mysqld_exporter cannot connect to {{ $labels.instance }} — likely exhausted`,
        description:
          'The exporter opens a connection per scrape and the server refuses it: a full server (or one that is down). Every client of that database is being refused too. Next: SHOW PROCESSLIST as a SUPER user (MariaDB keeps one extra connection for it) and kill the sleeping connections of the leaking user.',
        dashboard_url,
      },
    },
  ];
}
