import {
  DATABASE_SATURATION_SIGNATURE,
  attributeBursts,
  detectBursts,
  type Burst,
  type InputSeries,
  type RawSample,
} from '../../src/impact';
import { DATABASE_IMPACT_TARGETS, getQuery, renderExpr } from '../../src/queries';
import { EXPORTER_CONNECTED, EXPORTER_LOCKED_OUT } from '../../src/queries/rows/databaseMysql';
import { startMariaDb, type RunningMariaDb } from '../fixtures/database/mariadbServer';
import { startPostgres, type RunningPostgres } from '../fixtures/database/postgresServer';
import type { HeldConnection } from '../fixtures/database/sqlClients';
import { waitFor } from '../fixtures/database/waitFor';
import { startPrometheus, type RunningPrometheus } from '../fixtures/prometheusServer';
import { instantQuery, rangeQuery, type Series } from './prometheusApi';

// Budgets for a loaded 2-core machine; passing waits end as soon as their condition holds.
const START_BUDGET_MS = 120_000;
const SIGNAL_BUDGET_MS = 90_000;
const MAX_CONNECTIONS = 10;
const RATE_INTERVAL = '20s';
// The run lasts about a minute: bursts are scaled from minutes to seconds, the engine is the same.
const SCALED_BURSTS = { minDurationSeconds: 4, maxGapSeconds: 6, minRequestsPerSecond: 0.1, fallbackStepSeconds: 2 };
const BUCKET_MS = 2000;

// The label convention, configured: each exporter's target names its owner with the database service label
// (`service` here), while the services' own series use the service label (`source`).
const DATABASE_SERVICE_LABEL = 'service';
const scrapeConfig = (job: string, port: number, service: string) => `
  - job_name: ${job}
    scrape_interval: 1s
    scrape_timeout: 1s
    static_configs:
      - targets: ['127.0.0.1:${port}']
        labels: { ${DATABASE_SERVICE_LABEL}: ${service} }`;
const render = (id: string, services: string) =>
  renderExpr(getQuery(id).expr, {
    services,
    rateInterval: RATE_INTERVAL,
    databaseServiceLabel: DATABASE_SERVICE_LABEL,
  });

const nowSeconds = () => Date.now() / 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Attempt {
  at: number;
  ok: boolean;
}

/** The service's requests: one database request a second, each a 5xx when its connect is refused. */
function requestLoop(request: () => Promise<{ ok: boolean }>) {
  const attempts: Attempt[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const at = Date.now();
      attempts.push({ at, ok: (await request()).ok });
      await sleep(Math.max(0, 1000 - (Date.now() - at)));
    }
  })();
  return {
    attempts,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Requests and 5xx per second in 2-second buckets, as the 5xx-ratio series the engine detects bursts in. */
function burstSeries(service: string, attempts: Attempt[]): { errors: InputSeries[]; requests: InputSeries[] } {
  const buckets = new Map<number, { n: number; failed: number }>();
  for (const a of attempts) {
    const t = Math.floor(a.at / BUCKET_MS) * BUCKET_MS;
    const b = buckets.get(t) ?? { n: 0, failed: 0 };
    b.n += 1;
    b.failed += a.ok ? 0 : 1;
    buckets.set(t, b);
  }
  const times = [...buckets.keys()].sort((a, b) => a - b);
  const perSecond = (f: (b: { n: number; failed: number }) => number): RawSample[] =>
    times.map((t) => [t, (f(buckets.get(t)!) * 1000) / BUCKET_MS]);
  return {
    errors: [{ service, samples: perSecond((b) => b.failed) }],
    requests: [{ service, samples: perSecond((b) => b.n) }],
  };
}

const asInput = (series: Series[]): InputSeries[] =>
  series.map((s) => ({
    service: s.metric.source ?? '',
    samples: s.values.map(([t, v]) => [t * 1000, v] as RawSample),
  }));

// Debian's MariaDB and PostgreSQL with prometheus-mysqld-exporter and prometheus-postgres-exporter, scraped each second
// by a real Prometheus; seed 002's leak (connections taken and never returned) fills them, then a surge is refused.
describe('database pools on real MariaDB and PostgreSQL, read through the catalogue', () => {
  let mariadb: RunningMariaDb | undefined;
  let postgres: RunningPostgres | undefined;
  let prometheus: RunningPrometheus | undefined;
  const held: HeldConnection[] = [];

  const query = async (id: string, services: string) =>
    instantQuery(prometheus!.url, render(id, services), nowSeconds());
  const highest = async (id: string, services: string) =>
    Math.max(-1, ...(await query(id, services)).map((s) => s.value));
  const readings = async (services: string) =>
    (await query('dbMysqlExporterUp', services)).map((s) => s.metric.reading);

  beforeAll(async () => {
    [mariadb, postgres] = await Promise.all([
      startMariaDb(MAX_CONNECTIONS, START_BUDGET_MS),
      startPostgres(MAX_CONNECTIONS, START_BUDGET_MS),
    ]);
    prometheus = await startPrometheus({
      config: `scrape_configs:${scrapeConfig('mysqld', mariadb.exporterPort, 'shipping')}${scrapeConfig('postgres', postgres.exporterPort, 'catalog')}`,
    });
  }, 3 * START_BUDGET_MS);

  afterAll(async () => {
    await Promise.all(held.splice(0).map((c) => c.release()));
    await Promise.all([prometheus?.stop(), mariadb?.stop(), postgres?.stop()]);
  }, 60_000);

  it(
    'MariaDB: saturation ≥ 90%, the exporter locked out, refusals counted, and the burst attributed to the database',
    async () => {
      const db = mariadb!;
      await waitFor(
        'mysqld_exporter connected',
        async () => (await readings('shipping')).includes(EXPORTER_CONNECTED),
        SIGNAL_BUDGET_MS
      );
      const loop = requestLoop(() => db.request());
      const started = nowSeconds();
      await sleep(10_000);

      // The leak: 8 idle connections + the exporter's own = 90% of max_connections.
      held.push(...Array.from({ length: MAX_CONNECTIONS - 2 }, () => db.hold()));
      await waitFor(
        'saturation ≥ 90%',
        async () => (await highest('dbMysqlSaturation', 'shipping')) >= 0.9,
        SIGNAL_BUDGET_MS
      );
      const saturation = await highest('dbMysqlSaturation', 'shipping');

      // More fill the server: the exporter, the service's requests and a surge are all refused. A connect that
      // lost the race for a slot to a request or a scrape is taken again, until the leak holds every slot.
      const alive = () => held.filter((c) => c.alive).length;
      for (let round = 0; round < 10 && alive() < MAX_CONNECTIONS; round++) {
        held.push(...Array.from({ length: MAX_CONNECTIONS - alive() }, () => db.hold()));
        await sleep(1500);
      }
      expect(alive()).toBe(MAX_CONNECTIONS);
      const surge = await Promise.all(Array.from({ length: 5 }, () => db.request()));
      await waitFor(
        'exporter lock-out',
        async () => (await readings('shipping')).includes(EXPORTER_LOCKED_OUT),
        SIGNAL_BUDGET_MS
      );
      const lockedOutAt = nowSeconds();
      await sleep(6000);

      // Returning the connections lets the exporter back in: the refusals it missed show in the counter.
      await Promise.all(held.splice(0).map((c) => c.release()));
      await waitFor(
        'refusals counted',
        async () => (await highest('dbMysqlRefusedRate', 'shipping')) > 0,
        SIGNAL_BUDGET_MS
      );
      expect(await readings('shipping')).toEqual([EXPORTER_CONNECTED]);
      await sleep(14_000);
      await loop.stop();
      const ended = nowSeconds();

      expect(saturation).toBeGreaterThanOrEqual(0.9);
      expect(saturation).toBeLessThanOrEqual(1);
      expect(surge.filter((r) => !r.ok).map((r) => r.stderr)).toContainEqual(
        expect.stringContaining('Too many connections')
      );
      // MariaDB counts every refusal in Aborted_connects; its Connection_errors_max_connections usually stays at 0
      // but counted one refusal in a loaded CI run, so the query takes the larger of the two rates, never one alone.
      const refused = surge.filter((r) => !r.ok).length;
      const [aborted] = await instantQuery(prometheus!.url, 'mysql_global_status_aborted_connects', ended);
      expect(aborted.value).toBeGreaterThanOrEqual(refused);

      // A burst detected in the service's 5xx at that time, attributed with the catalogue's database series.
      const bursts = detectBursts(burstSeries('shipping', loop.attempts), SCALED_BURSTS);
      const during = bursts.filter((b: Burst) => b.start <= lockedOutAt * 1000 && b.end >= (lockedOutAt - 10) * 1000);
      expect({ bursts, attempts: loop.attempts.map((a) => `${a.at}:${a.ok ? 'ok' : 'refused'}`) }).toEqual({
        bursts: [expect.objectContaining({ service: 'shipping' })],
        attempts: expect.any(Array),
      });
      expect(during).toHaveLength(1);
      // The engine's database inputs as the ROI panel, report and fix validation read them: one per owning service.
      const database = {
        saturation: [] as InputSeries[],
        refusals: [] as InputSeries[],
        exporterUp: [] as InputSeries[],
      };
      for (const { input, queryId } of DATABASE_IMPACT_TARGETS) {
        const answer = await rangeQuery(prometheus!.url, render(queryId, 'shipping'), started, ended, 1);
        expect(answer.map((s) => s.metric)).toEqual(queryId.startsWith('dbMysql') ? [{ source: 'shipping' }] : []);
        database[input].push(...asInput(answer));
      }
      const [attributed] = attributeBursts(during, [{ closeWait: false, rxReset: false }], database);
      expect(attributed.cause).toBe('database pool exhaustion');
      expect(attributed.database.exporterLockedOut).toBe(true);
      // The same burst on a service whose database is not labelled as its own stays unexplained.
      const elsewhere = attributeBursts(
        [{ ...during[0], service: 'catalog' }],
        [{ closeWait: false, rxReset: false }],
        database
      );
      expect(elsewhere[0].cause).toBe('unknown');
    },
    6 * SIGNAL_BUDGET_MS
  );

  it(
    'PostgreSQL: idle in transaction fills max_connections, saturation ≥ 90%, and a new client is refused',
    async () => {
      const db = postgres!;
      await waitFor(
        'postgres_exporter',
        async () => (await highest('dbPostgresSaturation', 'catalog')) > 0,
        SIGNAL_BUDGET_MS
      );
      // The leak takes connections until the server refuses one (the exporter holds its own, superusers keep one).
      const leaked = Array.from({ length: MAX_CONNECTIONS - 1 }, () => db.hold());
      held.push(...leaked);
      const idleInTransaction = async () =>
        (await query('dbPostgresBackendsByState', 'catalog')).find((s) => s.metric.state === 'idle in transaction')
          ?.value;
      const alive = () => leaked.filter((c) => c.alive).length;
      await waitFor(
        'the leak fills PostgreSQL',
        async () => alive() < leaked.length && (await idleInTransaction()) === alive(),
        SIGNAL_BUDGET_MS
      );
      expect(leaked.filter((c) => !c.alive).map((c) => c.log)).toContainEqual(
        expect.stringMatching(/too many clients|connection slots are reserved/)
      );
      await waitFor(
        'PostgreSQL saturation ≥ 90%',
        async () => (await highest('dbPostgresSaturation', 'catalog')) >= DATABASE_SATURATION_SIGNATURE,
        SIGNAL_BUDGET_MS
      );
      expect(await highest('dbPostgresIdleInTransaction', 'catalog')).toBeCloseTo(alive() / MAX_CONNECTIONS);
      const refused = await db.request();
      expect(refused.ok).toBe(false);
      expect(refused.stderr).toMatch(/too many clients|connection slots are reserved/);
      // The label convention: the shipping service owns no PostgreSQL here; catalog's reaches the engine as its own.
      expect(await query('dbPostgresSaturation', 'shipping')).toEqual([]);
      const owned = await query('dbPostgresSaturationByService', 'catalog');
      expect(owned.map((s) => s.metric)).toEqual([{ source: 'catalog' }]);
      expect(owned[0].value).toBeGreaterThanOrEqual(DATABASE_SATURATION_SIGNATURE);
    },
    4 * SIGNAL_BUDGET_MS
  );
});
