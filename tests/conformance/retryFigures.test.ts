import { runCli } from '../../cli/run';
import { SERVICES } from '../../simulator';
import { retrySuccessShare } from '../../simulator/retrySeries';
import { retryAmplification, type ServiceSeries, type UserVisibleShare } from '../../src/impact';
import { getQuery, renderExpr } from '../../src/queries';
import { REFUSED_AT_LIMIT, REFUSED_BY_BUDGET } from '../../src/queries/rows/retries';
import { incidentReportArgs } from '../fixtures/incidentReportArgs';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { byLabel, instantQuery, rangeQuery, type Series } from './prometheusApi';

const DAYS = 30;
// Burst edges fall on 5-minute marks: with a 5-minute step and window every increment lands in exactly one point.
const STEP = 300;
const at = (id: string) => renderExpr(getQuery(id).expr, { rateInterval: '5m', range: `${DAYS}d` });
const relative = (a: number, b: number) => Math.abs(a / b - 1);

describe('retry figures against the ground truth (issue 12; real Prometheus, simulated incident)', () => {
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: DAYS });
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  const truth = () => prometheus.groundTruth;
  const instant = async (id: string) => instantQuery(prometheus.url, at(id), prometheus.end);

  it('counts the 30-day retries and the retries refused, by reason, per service', async () => {
    const retries = byLabel(await instant('retryVolume'), 'source');
    const refused = await instant('retryRefusedVolume');
    for (const [source, total] of Object.entries(truth().retryTotals)) {
      expect(relative(retries[source], total)).toBeLessThan(1e-9);
      const of = (reason: string) => refused.find((s) => s.metric.source === source && s.metric.refused === reason)!;
      const { retryOverflows, retryLimitExceeded } = truth().retries[source];
      const budget = of(REFUSED_BY_BUDGET).value;
      expect(retryOverflows === 0 ? budget : relative(budget, retryOverflows)).toBeLessThan(1e-9);
      expect(relative(of(REFUSED_AT_LIMIT).value, retryLimitExceeded)).toBeLessThan(1e-9);
    }
  });

  it('shows users fewer failures than the mesh where retries work, and the same where they do not', async () => {
    const user = byLabel(await instant('userVisible5xxRatioOverRange'), 'source');
    const mesh = byLabel(await instant('upstream5xxRatioOverRange'), 'source');
    for (const [source, t] of Object.entries(truth().retries)) {
      expect(relative(user[source], t.userFiveXxRatio)).toBeLessThan(1e-9);
      expect(relative(mesh[source], truth().fiveXxTotals[source] / truth().requestTotals[source])).toBeLessThan(1e-9);
    }
    const lazlo = 'conveyor-cloud.ns.api-lazlo-production';
    const pwa = 'conveyor-cloud.ns.next-pwa-app-production';
    expect(user[lazlo] / mesh[lazlo]).toBeLessThan(0.1);
    expect(user[pwa] / mesh[pwa]).toBeGreaterThan(0.99);
  });

  it('computes retry amplification in bursts and at baseline (the engine over range queries) as generated', async () => {
    const range = async (id: string): Promise<ServiceSeries[]> =>
      (await rangeQuery(prometheus.url, at(id), prometheus.start, prometheus.end, STEP)).map((s: Series) => ({
        service: s.metric.source,
        samples: s.values.map(([t, v]) => [t * 1000, v] as [number, number]),
      }));
    // The truth's bursts hold the samples start < t ≤ end; the engine's spans start ≤ t < end (whole ms).
    const bursts = truth().bursts.map((b) => ({
      service: b.service,
      start: b.start * 1000 + 1,
      end: b.end * 1000 + 1,
    }));
    const amp = retryAmplification(await range('upstreamRequestRate'), await range('retryRate'), bursts);
    for (const [source, t] of Object.entries(truth().retries)) {
      const measured = amp.get(source)!;
      expect(relative(measured.baseline!, t.amplificationBaseline)).toBeLessThan(1e-6);
      if (t.amplificationInBursts === null) {
        expect(measured.inBursts).toBeNull();
      } else {
        expect(relative(measured.inBursts!, t.amplificationInBursts)).toBeLessThan(1e-6);
        expect(measured.inBursts!).toBeGreaterThan(measured.baseline!);
      }
    }
  });

  it('puts the table in `connhealth report --json`: retries per service as the counters say', async () => {
    const run = await runCli(incidentReportArgs(prometheus, '--json'));
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const rows = JSON.parse(run.stdout).retries as Array<{
      service: string;
      retries: number;
      userVisibleShare: number;
    }>;
    expect(rows.map((r) => r.service).sort()).toEqual(Object.keys(truth().retryTotals).sort());
    for (const row of rows) {
      expect(relative(row.retries, truth().retryTotals[row.service])).toBeLessThan(1e-9);
      const success = truth().retrySuccessTotals[row.service] / truth().retryTotals[row.service];
      expect(row.userVisibleShare).toBeCloseTo(1 - success, 6);
    }
  });

  it('prices only the failures users saw: the share during bursts in `connhealth report --json` as generated', async () => {
    const run = await runCli(incidentReportArgs(prometheus, '--json'));
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const share = JSON.parse(run.stdout).userVisibleShare as UserVisibleShare;
    expect(share.source).toBe('measured');
    const bursting = [...new Set(truth().bursts.map((b) => b.service))].sort();
    expect(share.services.map((s) => s.service)).toEqual(bursting);
    for (const s of share.services) {
      const profile = SERVICES.find((p) => p.source === s.service)!;
      // In a burst the simulator's retries succeed at most 0.1% of the time: users see the rest.
      const generated =
        1 - retrySuccessShare(profile, { burst: true } as unknown as Parameters<typeof retrySuccessShare>[1]);
      expect({ service: s.service, off: Math.abs(s.share - generated) < 0.02 }).toEqual({
        service: s.service,
        off: true,
      });
    }
    expect(share.value).toBeGreaterThan(0.97);
    expect(share.value).toBeLessThanOrEqual(1);
  });
});
