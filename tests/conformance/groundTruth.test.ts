import { getQuery, renderExpr } from '../../src/queries';
import {
  DEFAULT_END,
  DEFAULT_SEED,
  buildTimeline,
  findSeries,
  generate,
  indexAt,
  type Generated,
} from '../../simulator';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { bucketQuantile } from './bucketQuantile';
import { byLabel, instantQuery, seriesCount } from './prometheusApi';

const DAYS = 30;
const WINDOW = 300;
const at = (id: string, range = `${DAYS}d`) => renderExpr(getQuery(id).expr, { rateInterval: '5m', range });

// With samples every 60 s and t on the grid, a 5m window holds 6 samples spanning exactly 300 s, so
// Prometheus 2.42 does not extrapolate: rate() is (c(t) − c(t − 5m)) ÷ 300 from the simulator's own counters.
describe('catalogue queries against the ground truth (real Prometheus, simulated incident)', () => {
  let prometheus: IncidentPrometheus;
  let generated: Generated;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: DAYS });
    generated = generate(buildTimeline(DAYS, DEFAULT_END), DEFAULT_SEED);
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  const truth = () => prometheus.groundTruth;
  const worst = () => truth().bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));
  const counterDelta = (name: string, labels: Record<string, string>, t: number, seconds: number) =>
    findSeries(generated, name, labels).reduce((sum, s) => {
      const i = indexAt(generated, t);
      const j = indexAt(generated, t - seconds);
      return sum + s.values[i] - s.values[j];
    }, 0);
  const query = (expr: string, t: number) => instantQuery(prometheus.url, expr, t);

  it('has the data where the ground truth says: first and last sample, series count', async () => {
    expect(await seriesCount(prometheus.url, prometheus.start, prometheus.end)).toBe(truth().seriesCount);
    expect(prometheus.end - prometheus.start).toBe(DAYS * 86400);
  });

  it('gives the 30-day 5xx volume per service exactly, across the counter reset', async () => {
    const volumes = byLabel(await query(at('upstream5xxVolume'), prometheus.end), 'source');
    expect(volumes).toEqual(truth().fiveXxTotals);
    expect(truth().counterResets.length).toBe(1);
  });

  it('gives the 5xx rate at a burst instant and a baseline instant exactly from the counters', async () => {
    const burst = worst();
    for (const t of [burst.start + 1200, burst.start - 3 * 3600]) {
      const rates = byLabel(await query(at('upstream5xxRate'), t), 'source');
      const expected =
        counterDelta(
          'envoy_cluster_upstream_rq_xx',
          { source: burst.service, envoy_response_code_class: '5' },
          t,
          WINDOW
        ) / WINDOW;
      expect(rates[burst.service]).toBeCloseTo(expected, 9);
    }
  });

  it('shows the burst 5xx ratio at its plateau (within 1%) and the baseline ratio outside it', async () => {
    for (const burst of truth().bursts) {
      const inside = byLabel(await query(at('upstream5xxRatio'), burst.end - 60), 'source')[burst.service];
      expect(Math.abs(inside / burst.peakErrorRate - 1)).toBeLessThan(0.01);
      const t = burst.start - 3 * 3600;
      const before = byLabel(await query(at('upstream5xxRatio'), t), 'source')[burst.service];
      const errors = counterDelta(
        'envoy_cluster_upstream_rq_xx',
        { source: burst.service, envoy_response_code_class: '5' },
        t,
        WINDOW
      );
      expect(before).toBeCloseTo(
        errors / counterDelta('envoy_cluster_upstream_rq_xx', { source: burst.service }, t, WINDOW),
        12
      );
      // The smallest service sees ~60 baseline 5xx in 5 minutes: integer counters move its ratio by up to 1/60.
      expect(Math.abs(before / burst.baselineErrorRate - 1)).toBeLessThan(0.03);
    }
  });

  it('gives p99 from the histogram as Prometheus interpolates the simulated buckets, higher in the burst', async () => {
    const burst = worst();
    const p99 = async (t: number) => {
      const served = byLabel(await query(at('upstreamLatencyP99'), t), 'source')[burst.service];
      const buckets = findSeries(generated, 'envoy_cluster_upstream_rq_time_bucket', { source: burst.service }).map(
        (s) => ({
          le: s.spec.labels.le === '+Inf' ? Infinity : Number(s.spec.labels.le),
          count: s.values[indexAt(generated, t)] - s.values[indexAt(generated, t - WINDOW)],
        })
      );
      expect(served).toBeCloseTo(bucketQuantile(0.99, buckets), 6);
      return served;
    };
    const baseline = await p99(burst.start - 3 * 3600);
    const during = await p99(burst.end - 60);
    expect(during).toBeGreaterThan(1.5 * baseline);
  });

  it('shows retries that almost never succeed during a CLOSE_WAIT burst, and api-lazlo retries that work at baseline', async () => {
    const burst = worst();
    const during = byLabel(await query(at('retrySuccessRatio'), burst.end - 60), 'source');
    expect(during[burst.service]).toBeLessThan(0.002);
    const lazlo = truth().services.find((s) => s.namespace === 'api-lazlo-production')!.source;
    const baseline = byLabel(await query(at('retrySuccessRatio'), burst.start - 3 * 3600), 'source');
    expect(Math.abs(baseline[lazlo] - 0.936)).toBeLessThan(0.01);
  });

  it('separates the CLOSE_WAIT signature from the rolling-deployment confounder', async () => {
    const burst = worst();
    const deployment = truth().deployments.find((d) => d.end < burst.start || d.start > burst.end)!;
    const mid = deployment.start + 600;
    const ratioInBurst = byLabel(await query(at('remoteCloseWithActiveRqRatio'), burst.end - 60), 'source');
    const ratioInDeployment = byLabel(await query(at('remoteCloseWithActiveRqRatio'), mid), 'source');
    expect(ratioInBurst[burst.service]).toBeGreaterThan(0.1);
    expect(ratioInDeployment[deployment.service]).toBeLessThan(0.1);
    const resets = byLabel(await query(at('rxResetRate'), mid), 'source');
    expect(resets[deployment.service]).toBe(0);
    expect(byLabel(await query(at('rxResetRate'), burst.end - 60), 'source')[burst.service]).toBeGreaterThan(0);
    const ratio5xx = byLabel(await query(at('upstream5xxRatio'), mid), 'source')[deployment.service];
    expect(ratio5xx).toBeLessThan(0.005);
  });

  it('counts every restart over 30 days per pod exactly', async () => {
    const rows = await query(at('podRestartsByPod'), prometheus.end);
    const served = Object.fromEntries(rows.map((r) => [`${r.metric.namespace}/${r.metric.pod}`, r.value]));
    expect(served).toEqual(truth().restartTotals);
  });

  it('measures ~23 upstream API calls per page on the frontend', async () => {
    const frontend = truth().frontend;
    const value = byLabel(await query(at('apiCallsPerPage'), prometheus.end), 'source')[frontend.source];
    expect(Math.abs(value / frontend.apiCallsPerPage - 1)).toBeLessThan(0.01);
  });

  it('sees CLOSE_WAIT climbing on the burst node and the daily 5xx rate exactly', async () => {
    const burst = worst();
    const instance = truth().services.find((s) => s.source === burst.service)!.instance;
    const inBurst = byLabel(await query(at('closeWaitSockets'), burst.end - 60), 'instance')[instance];
    const before = byLabel(await query(at('closeWaitSockets'), burst.start - 8 * 3600), 'instance')[instance];
    expect(inBurst).toBeGreaterThan(before + 400);
    const daily = byLabel(await query(at('upstream5xxDailyRate'), prometheus.end), 'source')[burst.service];
    const expected = counterDelta(
      'envoy_cluster_upstream_rq_xx',
      { source: burst.service, envoy_response_code_class: '5' },
      prometheus.end,
      86400
    );
    expect(daily).toBeCloseTo(expected / 86400, 9);
  });

  it('shows the nginx 499 surge without a 5xx burst', async () => {
    const surge = truth().ingress499Surges[0];
    const during = byLabel(await query(at('ingressClientClosedRate'), surge.end - 60), 'ingress');
    const before = byLabel(await query(at('ingressClientClosedRate'), surge.start - 3600), 'ingress');
    expect(during[surge.ingress]).toBeGreaterThan(100 * before[surge.ingress]);
    const ratios = await query(at('upstream5xxRatio'), surge.end - 60);
    expect(Math.max(...ratios.map((r) => r.value))).toBeLessThan(0.005);
  });
});
