import { incidentReportArgs } from '../../../tests/fixtures/incidentReportArgs';
import { runCli } from '../../run';
import { startFakePrometheus, type FakePrometheus } from './fakePrometheus';
import { FROM, TO, incident } from './incidentAnswers';

const args = (url: string, ...more: string[]) => incidentReportArgs({ url, start: FROM, end: TO }, ...more);

describe('connhealth report: the retry table, users vs mesh (fake Prometheus over HTTP)', () => {
  let prom: FakePrometheus;
  beforeEach(async () => {
    prom = await startFakePrometheus(incident);
  });
  afterEach(() => prom.stop());

  it('gives retries: [{service, retries, successRate, userVisibleShare}] in JSON, most retries first', async () => {
    const { code, stdout } = await runCli(args(prom.url, '--json'));
    expect(code).toBe(0);
    const { retries } = JSON.parse(stdout);
    expect(retries.map((r: { service: string }) => r.service)).toEqual(['next-pwa-app', 'api-lazlo']);
    const [pwa, lazlo] = retries;
    expect(pwa).toMatchObject({ service: 'next-pwa-app', retries: 21_600_000, successRate: 0.00004 });
    expect(pwa.userVisibleShare).toBeCloseTo(0.99996, 6);
    expect(pwa).toMatchObject({
      meshFiveXxRatio: 0.002,
      userFiveXxRatio: 0.002,
      refusedByBudget: 1200,
      refusedAtLimit: 5400,
    });
    expect(pwa.measuredUserVisibleShare).toBeCloseTo(1, 9);
    // 4,600 attempts/s, 9.2 retries/s outside the burst and 101.2 inside it.
    expect(pwa.amplificationBaseline).toBeCloseTo(4600 / (4600 - 9.2), 4);
    expect(pwa.amplificationInBursts).toBeCloseTo(4600 / (4600 - 101.2), 2);
    // api-lazlo: too few retries for a ratio in this fake, and its edge is not scraped: null, with the reasons.
    expect(lazlo).toMatchObject({ successRate: null, userVisibleShare: null, userFiveXxRatio: null });
    expect(lazlo.unavailable.userFiveXxRatio).toMatch(/envoy_http_downstream_rq_xx not scraped/);
    expect(stdout).not.toMatch(/NaN|Infinity/);
  });

  it('prints the table in Markdown with every n/a explained', async () => {
    const { stdout } = await runCli(args(prom.url, '--markdown'));
    expect(stdout).toMatch(/### Retries: what users get vs what the mesh sees/);
    expect(stdout).toMatch(
      /\| next-pwa-app \| 21,600,000 \| 0\.004% \| 100\.0% \| 0\.200% \| 0\.200% \| 100\.0% \| 1,200 \| 5,400 \|/
    );
    expect(stdout).toMatch(/- n\/a userFiveXxRatio: no downstream 5xx for this service .*\(1 service: api-lazlo\)/);
  });

  it('says the user-visible figure is unavailable when no downstream metrics exist, never a silent fallback', async () => {
    const noEdge = await startFakePrometheus((q) => (q.includes('downstream_rq_xx') ? [] : incident(q)));
    try {
      const { stdout } = await runCli(args(noEdge.url, '--json'));
      const { retries } = JSON.parse(stdout);
      for (const r of retries) {
        expect(r.userFiveXxRatio).toBeNull();
        expect(r.measuredUserVisibleShare).toBeNull();
        expect(r.unavailable.userFiveXxRatio).toMatch(
          /^no downstream metrics \(envoy_http_downstream_rq_xx\) in this range/
        );
      }
      expect(retries[0].userVisibleShare).toBeCloseTo(0.99996, 6);
    } finally {
      await noEdge.stop();
    }
  });
});
