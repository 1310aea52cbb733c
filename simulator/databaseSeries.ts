import { SERVICES } from './scenario';
import type { SeriesSpec } from './series';
import { dailyCycle, type StepState } from './stepState';
import type { Timeline } from './timeline';

// Seed 002 in the scenario: api-lazlo-sox's "upstream dependency" is its MySQL, filled by a JDBC pool that keeps idle
// connections; its HikariCP pool runs dry with it. api-proxy's PostgreSQL stays healthy beside it.
const MYSQL_SERVICE = SERVICES.findIndex((p) => p.cluster === 'api-lazlo-sox');
const POSTGRES_SERVICE = SERVICES.findIndex((p) => p.cluster === 'api-proxy');
const MYSQL_MAX = 150;
const POSTGRES_MAX = 100;
const HIKARI_MAX = 40;
// Idle connections pile up for this long before the server is full.
const LEAK_BUILDUP_SECONDS = 3 * 3600;

type Spec = Omit<SeriesSpec, 'family' | 'familyType' | 'kind' | 'value'>;
const gauge = (spec: Spec, f: (s: StepState) => number): SeriesSpec => ({
  ...spec,
  family: spec.name,
  familyType: 'gauge',
  kind: 'gauge',
  value: f,
});
const counter = (spec: Spec, perSecond: (s: StepState) => number): SeriesSpec => ({
  ...spec,
  family: spec.name,
  familyType: 'counter',
  kind: 'counter',
  value: (s) => perSecond(s) * s.step,
});

/** 0 → 1 as the leak fills the pool before a database-caused burst, 1 during it, 0 otherwise. */
function leakFill(timeline: Timeline, source: string, t: number): number {
  const burst = timeline.bursts.find(
    (b) => b.service === source && b.cause === 'upstream_dependency' && t > b.start - LEAK_BUILDUP_SECONDS && t <= b.end
  );
  return burst ? Math.min(1, (t - (burst.start - LEAK_BUILDUP_SECONDS)) / LEAK_BUILDUP_SECONDS) : 0;
}

/** mysqld_exporter, postgres_exporter and Micrometer HikariCP series, labelled with the owning service (the convention). */
export function databaseSeries(timeline: Timeline): SeriesSpec[] {
  const mysqlOwner = SERVICES[MYSQL_SERVICE].source;
  const fill = (s: StepState) => leakFill(timeline, mysqlOwner, s.t);
  const inDbBurst = (s: StepState) => s.services[MYSQL_SERVICE].burst?.cause === 'upstream_dependency';
  const mysql = { job: 'mysqld-exporter', instance: 'orders-mysql:9104', source: mysqlOwner };
  const connected = (s: StepState) =>
    Math.min(MYSQL_MAX, Math.round(30 * dailyCycle(s.t) + fill(s) * (MYSQL_MAX - 30 * dailyCycle(s.t))));
  const running = (s: StepState) => Math.round(4 * dailyCycle(s.t));
  const pg = { job: 'postgres-exporter', instance: 'catalog-postgres:9187', source: SERVICES[POSTGRES_SERVICE].source };
  const pgState = (state: string, f: (s: StepState) => number) =>
    gauge({ name: 'pg_stat_activity_count', labels: { ...pg, datname: 'catalog', state } }, f);
  const hikari = { job: 'api-lazlo-sox-actuator', source: mysqlOwner, pool: 'HikariPool-1' };
  const active = (s: StepState) => Math.min(HIKARI_MAX, Math.round(6 * dailyCycle(s.t) + fill(s) * HIKARI_MAX));
  return [
    // As on the real server: mysqld_exporter's own connection is refused while the pool is exhausted.
    gauge({ name: 'mysql_up', labels: mysql }, (s) => (inDbBurst(s) ? 0 : 1)),
    gauge({ name: 'mysql_global_status_threads_connected', labels: mysql }, connected),
    gauge({ name: 'mysql_global_status_threads_running', labels: mysql }, running),
    gauge({ name: 'mysql_global_variables_max_connections', labels: mysql }, () => MYSQL_MAX),
    counter(
      { name: 'mysql_global_status_connection_errors_total', labels: { ...mysql, error: 'max_connections' } },
      () => 0
    ),
    counter({ name: 'mysql_global_status_aborted_connects', labels: mysql }, (s) => (inDbBurst(s) ? 12 : 0.001)),
    gauge({ name: 'pg_up', labels: pg }, () => 1),
    gauge({ name: 'pg_settings_max_connections', labels: pg }, () => POSTGRES_MAX),
    pgState('active', (s) => Math.round(5 * dailyCycle(s.t))),
    pgState('idle', (s) => Math.round(20 * dailyCycle(s.t))),
    pgState('idle in transaction', () => 1),
    gauge({ name: 'hikaricp_connections_active', labels: hikari }, active),
    gauge({ name: 'hikaricp_connections_idle', labels: hikari }, (s) => HIKARI_MAX - active(s)),
    gauge({ name: 'hikaricp_connections_pending', labels: hikari }, (s) => (inDbBurst(s) ? 25 : 0)),
    gauge({ name: 'hikaricp_connections_max', labels: hikari }, () => HIKARI_MAX),
    counter({ name: 'hikaricp_connections_timeout_total', labels: hikari }, (s) => (inDbBurst(s) ? 8 : 0)),
  ];
}
