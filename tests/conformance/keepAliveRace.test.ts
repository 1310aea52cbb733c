import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/run';
import { BACKEND_KEEPALIVE_MS, SERVICES, SIMULATED_PROXY_IDLE_MS } from '../../simulator';
import { keepAliveRaces, readTimeoutSettings } from '../../src/impact';
import { getQuery, renderExpr } from '../../src/queries';
import { LIFETIME_P05, LIFETIME_P50 } from '../../src/queries/rows/keepaliveRace';
import { incidentReportArgs } from '../fixtures/incidentReportArgs';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { instantQuery, type Sample } from './prometheusApi';

const DAYS = 30;
const idle = `${SIMULATED_PROXY_IDLE_MS / 1000}s`;
const keepAliveOf = (source: string) => BACKEND_KEEPALIVE_MS[SERVICES.find((p) => p.source === source)!.cluster];
const values = (samples: Sample[], keep: (s: Sample) => boolean) =>
  samples.filter(keep).map((s) => ({ service: s.metric.source, value: s.value }));

describe('keep-alive race detector against the simulated backends (issue 12; real Prometheus)', () => {
  let prometheus: IncidentPrometheus;
  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: DAYS });
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  const instant = (id: string) =>
    instantQuery(prometheus.url, renderExpr(getQuery(id).expr, { range: `${DAYS}d` }), prometheus.end);

  it('flags exactly the backend whose keep-alive is shorter than the proxy idle timeout, and suggests below it', async () => {
    const lifetimes = await instant('connectionLifetimeOverRange');
    const share = await instant('remoteCloseShareOverRange');
    const races = keepAliveRaces(
      readTimeoutSettings({ fleet: { proxyIdle: idle } }).settings,
      values(lifetimes, (s) => s.metric.quantile === LIFETIME_P05),
      values(lifetimes, (s) => s.metric.quantile === LIFETIME_P50),
      values(share, () => true)
    );
    expect(races.map((r) => r.service).sort()).toEqual(SERVICES.map((p) => p.source).sort());
    for (const r of races) {
      const keepAlive = keepAliveOf(r.service);
      expect({ service: r.service, race: r.race }).toEqual({
        service: r.service,
        race: keepAlive < SIMULATED_PROXY_IDLE_MS,
      });
      if (r.race) {
        // The median lifetime sits just above where the backend closes; the suggestion is below it.
        expect(r.lifetimeP50Ms!).toBeGreaterThanOrEqual(keepAlive);
        expect(r.lifetimeP50Ms!).toBeLessThan(2 * keepAlive);
        expect(r.suggestedProxyIdleMs!).toBeLessThan(keepAlive);
      }
    }
  });

  it('gives the same verdicts through `connhealth report --timeouts`', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'timeouts-')), 'timeouts.json');
    writeFileSync(
      file,
      JSON.stringify({ fleet: { proxyIdle: idle, edge: '60s', route: '15s', backendClient: '10s' } })
    );
    const run = await runCli(incidentReportArgs(prometheus, '--json', '--timeouts', file));
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const rows = JSON.parse(run.stdout).keepAliveRace as Array<{ service: string; race: boolean }>;
    expect(rows.filter((r) => r.race).map((r) => r.service)).toEqual(
      SERVICES.filter((p) => BACKEND_KEEPALIVE_MS[p.cluster] < SIMULATED_PROXY_IDLE_MS).map((p) => p.source)
    );
  });
});
