import { DASHBOARD_ROWS, PROXIES, catalogueFor, getQuery, queriesInRow, renderExpr } from '..';
import { DB_SATURATION_BAD } from '../databaseMetricNames';
import { EXPORTER_LOCKED_OUT } from '../rows/databaseMysql';
import { promqlSyntaxErrors } from './promqlSyntax';

const DATABASE_IDS = [
  'dbMysqlSaturation',
  'dbMysqlThreads',
  'dbMysqlRefusedRate',
  'dbMysqlExporterUp',
  'dbPostgresSaturation',
  'dbPostgresIdleInTransaction',
  'dbPostgresBackendsByState',
  'dbHikariSaturation',
  'dbHikariConnections',
  'dbHikariTimeoutRate',
];

describe('Database connection pools row (catalogue only, no datasource)', () => {
  it('comes right after pool exhaustion and load-balancer health', () => {
    const ids = DASHBOARD_ROWS.map((r) => r.id);
    expect(ids.indexOf('database')).toBe(ids.indexOf('loadBalancer') + 1);
    expect(ids.indexOf('loadBalancer')).toBe(ids.indexOf('pool') + 1);
  });

  it('has the MySQL/MariaDB, PostgreSQL and HikariCP panels, the same whatever the proxy', () => {
    for (const proxy of PROXIES) {
      expect(queriesInRow('database', proxy.id).map((q) => q.id)).toEqual(DATABASE_IDS);
    }
    const providers = new Set(queriesInRow('database').map((q) => q.provider.split(' ')[0]));
    expect([...providers]).toEqual(['prometheus-mysqld-exporter', 'prometheus-postgres-exporter', 'Micrometer']);
  });

  it('reads refusals from MySQL (Connection_errors_max_connections) and MariaDB (Aborted_connects), never summed', () => {
    const q = getQuery('dbMysqlRefusedRate');
    expect(q.expr).toContain('mysql_global_status_connection_errors_total{error="max_connections"');
    expect(q.expr).toContain('mysql_global_status_aborted_connects{');
    expect(q.expr).toMatch(/^max by \(instance, \$\{dblabel\}\) \(rate\(.*\) or rate\(.*\)\)$/);
  });

  it('divides only by a positive limit, so max_connections of 0 or missing yields no series instead of Infinity', () => {
    for (const id of [
      'dbMysqlSaturation',
      'dbPostgresSaturation',
      'dbPostgresIdleInTransaction',
      'dbHikariSaturation',
    ]) {
      const q = getQuery(id);
      expect({ id, expr: q.expr }).toEqual({
        id,
        expr: expect.stringMatching(/ \/ \(max by .*> 0\)$|\/ \(sum by .*> 0\)$/),
      });
      expect(q.unit).toBe('percentunit');
    }
    expect(getQuery('dbMysqlSaturation').badAbove).toBe(DB_SATURATION_BAD);
  });

  it('names the exporter lock-out in words in the series, so a full server does not read as "No data"', () => {
    const q = getQuery('dbMysqlExporterUp');
    expect(q.expr).toContain(`"reading", "${EXPORTER_LOCKED_OUT}"`);
    expect(q.expr).toContain('== 0');
    expect(q.legend).toBe('{{instance}} {{reading}}');
    expect(q.description).toContain(EXPORTER_LOCKED_OUT);
  });

  it("ties every database series to a service by the page's service label (the documented convention)", () => {
    for (const q of queriesInRow('database')) {
      const rendered = renderExpr(q.expr, { serviceLabel: 'app', services: 'shipping' });
      expect(rendered).toContain('app=~"shipping"');
      expect({ id: q.id, errors: promqlSyntaxErrors(rendered) }).toEqual({ id: q.id, errors: [] });
    }
  });

  it('filters exporter targets by the database service label, and HikariCP (scraped from the service) by the service label', () => {
    for (const q of queriesInRow('database')) {
      const label = q.id.startsWith('dbHikari') ? '${label}' : '${dblabel}';
      expect({ id: q.id, expr: q.expr }).toEqual({
        id: q.id,
        expr: expect.stringContaining(`${label}=~"\${service}"`),
      });
      const rendered = renderExpr(q.expr, { serviceLabel: 'app', databaseServiceLabel: 'owner', services: 'shipping' });
      expect(rendered).toContain(q.id.startsWith('dbHikari') ? 'app=~"shipping"' : 'owner=~"shipping"');
      expect(rendered).not.toMatch(q.id.startsWith('dbHikari') ? /owner/ : /\bapp\b/);
    }
  });

  it('refuses a database service label that is not a Prometheus label name, naming the setting', () => {
    expect(() => renderExpr(getQuery('dbMysqlSaturation').expr, { databaseServiceLabel: 'team-name' })).toThrow(
      'Database service label "team-name" is not a valid Prometheus label name'
    );
  });

  it('is in every proxy view exactly once per entry', () => {
    for (const proxy of PROXIES) {
      const ids = catalogueFor(proxy.id)
        .filter((q) => q.row === 'database')
        .map((q) => q.id);
      expect(new Set(ids).size).toBe(DATABASE_IDS.length);
    }
  });
});
