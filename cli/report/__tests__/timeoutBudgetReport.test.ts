import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { incidentReportArgs } from '../../../tests/fixtures/incidentReportArgs';
import { runCli } from '../../run';
import { startFakePrometheus, type FakePrometheus } from './fakePrometheus';
import { FROM, TO, incident } from './incidentAnswers';

const args = (url: string, ...more: string[]) => incidentReportArgs({ url, start: FROM, end: TO }, ...more);
const file = (content: unknown) => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'timeouts-')), 'timeouts.json');
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

describe('connhealth report --timeouts: the timeout budget across hops (fake Prometheus over HTTP)', () => {
  let prom: FakePrometheus;
  beforeEach(async () => {
    prom = await startFakePrometheus(incident);
  });
  afterEach(() => prom.stop());

  it('flags an edge shorter than the route and a p99 that eats the route budget', async () => {
    // The fake's next-pwa-app answers 1,478 ms for any quantile.
    const timeouts = file({ fleet: { edge: '1s', route: '1500ms', backendClient: '1s' } });
    const { code, stdout } = await runCli(args(prom.url, '--json', '--timeouts', timeouts));
    expect(code).toBe(0);
    const budget = JSON.parse(stdout).timeoutBudget;
    const pwa = budget.find((b: { service: string }) => b.service === 'next-pwa-app');
    expect(pwa.timeoutsMs).toEqual({ edge: 1000, route: 1500, backendClient: 1000 });
    expect(pwa.findings.map((f: { hop: string; kind: string }) => `${f.hop}:${f.kind}`)).toEqual([
      'edge:notLongerThanDependency',
      'edge:p999ReachesTimeout',
      'route:p99EatsBudget',
    ]);
    const md = (await runCli(args(prom.url, '--markdown', '--timeouts', timeouts))).stdout;
    expect(md).toMatch(/\| next-pwa-app \| 1 s \| 1\.5 s \| 1 s \| 1\.48 s \| 1\.48 s \| 3 \|/);
    expect(md).toMatch(/- next-pwa-app: Measured p99 1\.48 s already uses 99% of the proxy route timeout/);
  });

  it('flags the keep-alive race where the backend closes idle connections before the proxy, and says to what', async () => {
    const timeouts = file({ fleet: { proxyIdle: '60s' } });
    const { stdout } = await runCli(args(prom.url, '--json', '--timeouts', timeouts));
    const [lazlo, pwa] = JSON.parse(stdout).keepAliveRace;
    expect(pwa).toMatchObject({ service: 'next-pwa-app', race: true, suggestedProxyIdleMs: 3000, proxyIdleMs: 60000 });
    // A histogram with no buckets answers NaN: the race is unavailable, with the reason, never a guess.
    expect(lazlo).toMatchObject({ service: 'api-lazlo', race: null, lifetimeP50Ms: null });
    expect(lazlo.unavailable.race).toMatch(/no connection-lifetime histogram buckets/);
    const md = (await runCli(args(prom.url, '--markdown', '--timeouts', timeouts))).stdout;
    expect(md).toMatch(/\| next-pwa-app \| 60 s \| 3\.14 s \| 6 s \| 71% \| \*\*yes\*\* \|/);
    expect(md).toMatch(/- next-pwa-app: The backend closes idle connections at or below \\~6 s/);
  });

  it('says the budget needs settings when none are given', async () => {
    const { stdout } = await runCli(args(prom.url, '--json'));
    expect(JSON.parse(stdout).timeoutBudget).toBeNull();
    expect((await runCli(args(prom.url, '--markdown'))).stdout).toMatch(
      /No timeout settings given: pass `--timeouts FILE`/
    );
  });

  it('refuses zero, negative and non-duration timeouts before querying, naming every field', async () => {
    const bad = file({ fleet: { edge: '0s', route: '-1s' }, services: { 'api-proxy': { backendClient: 'fast' } } });
    const r = await runCli(args(prom.url, '--timeouts', bad));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/timeouts\.fleet\.edge: 0s is zero/);
    expect(r.stderr).toMatch(/timeouts\.fleet\.route: -1s is negative/);
    expect(r.stderr).toMatch(/timeouts\.services\["api-proxy"\]\.backendClient: "fast" is not a duration/);
    expect(prom.requests).toHaveLength(0);
    expect((await runCli(args(prom.url, '--timeouts', file('{not json')))).stderr).toMatch(
      /timeouts file .* is not JSON/
    );
  });
});
