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
import { BOTH_SEMANTICS, counterIncrease, semanticsOf, type RangeSemantics } from './promqlSemantics';

const DAYS = 30;
const WINDOW = 300;
const at = (id: string, range = `${DAYS}d`) => renderExpr(getQuery(id).expr, { rateInterval: '5m', range });

// Samples sit every 60 s on the grid the queries use, so a window's edges fall exactly on samples: Prometheus 2.42
// ([t − 5m, t]: 6 samples, no extrapolation) and 3.x ((t − 5m, t]: 5 samples, extrapolated by 300/240) differ
// there. Expected values come from the simulator's counters in the running server's semantics (exact); every
// tolerance is also checked against the other semantics (docs/compatibility.md, "Prometheus 2.42 and 3.x").
describe('catalogue queries against the ground truth (real Prometheus, simulated incident)', () => {
  let prometheus: IncidentPrometheus;
  let generated: Generated;
  let served: RangeSemantics;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: DAYS });
    generated = generate(buildTimeline(DAYS, DEFAULT_END), DEFAULT_SEED);
    served = await semanticsOf(prometheus.url);
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  const truth = () => prometheus.groundTruth;
  const worst = () => truth().bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));
  // increase(name{labels}[seconds]) at t, summed over the matching series, as Prometheus computes it.
  const counterDelta = (
    name: string,
    labels: Record<string, string>,
    t: number,
    seconds: number,
    semantics: RangeSemantics = served
  ) =>
    findSeries(generated, name, labels).reduce((sum, s) => {
      indexAt(generated, t);
      return sum + counterIncrease({ timeAt: generated.timeAt, values: s.values }, t, seconds, semantics);
    }, 0);
  const fiveXx = (source: string) => ({ source, envoy_response_code_class: '5' });
  const counterRatio = (num: string, den: string, source: string, t: number, semantics: RangeSemantics) =>
    counterDelta(num, { source }, t, WINDOW, semantics) / counterDelta(den, { source }, t, WINDOW, semantics);
  const query = (expr: string, t: number) => instantQuery(prometheus.url, expr, t);

  it('has the data where the ground truth says: first and last sample, series count', async () => {
    expect(await seriesCount(prometheus.url, prometheus.start, prometheus.end)).toBe(truth().seriesCount);
    expect(prometheus.end - prometheus.start).toBe(DAYS * 86400);
  });

  it('gives the 30-day 5xx volume per service exactly, across the counter reset', async () => {
    const volumes = byLabel(await query(at('upstream5xxVolume'), prometheus.end), 'source');
    expect(Object.keys(volumes).sort()).toEqual(Object.keys(truth().fiveXxTotals).sort());
    for (const [source, total] of Object.entries(truth().fiveXxTotals)) {
      const month = (semantics: RangeSemantics) =>
        counterDelta('envoy_cluster_upstream_rq_xx', fiveXx(source), prometheus.end, DAYS * 86400, semantics);
      expect(Math.abs(volumes[source] / month(served) - 1)).toBeLessThan(1e-12);
      // 2.42 sees the first sample and counts exactly; 3.x extrapolates over the first minute (~4e-6 off).
      expect(month('closed')).toBe(total);
      expect(Math.abs(month('left-open') / total - 1)).toBeLessThan(1e-4);
    }
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
    const ratio = (source: string, t: number, semantics: RangeSemantics) =>
      counterDelta('envoy_cluster_upstream_rq_xx', fiveXx(source), t, WINDOW, semantics) /
      counterDelta('envoy_cluster_upstream_rq_xx', { source }, t, WINDOW, semantics);
    for (const burst of truth().bursts) {
      const inside = byLabel(await query(at('upstream5xxRatio'), burst.end - 60), 'source')[burst.service];
      expect(inside).toBeCloseTo(ratio(burst.service, burst.end - 60, served), 12);
      const t = burst.start - 3 * 3600;
      const before = byLabel(await query(at('upstream5xxRatio'), t), 'source')[burst.service];
      expect(before).toBeCloseTo(ratio(burst.service, t, served), 12);
      for (const semantics of BOTH_SEMANTICS) {
        expect(Math.abs(ratio(burst.service, burst.end - 60, semantics) / burst.peakErrorRate - 1)).toBeLessThan(0.01);
        // The smallest service sees ~50–60 baseline 5xx in a window: integer counters move its ratio by ~1/50.
        expect(Math.abs(ratio(burst.service, t, semantics) / burst.baselineErrorRate - 1)).toBeLessThan(0.03);
      }
    }
  });

  it('gives p99 from the histogram as Prometheus interpolates the simulated buckets, higher in the burst', async () => {
    const burst = worst();
    const fromCounters = (t: number, semantics: RangeSemantics) =>
      bucketQuantile(
        0.99,
        findSeries(generated, 'envoy_cluster_upstream_rq_time_bucket', { source: burst.service }).map((s) => ({
          le: s.spec.labels.le === '+Inf' ? Infinity : Number(s.spec.labels.le),
          count: counterIncrease({ timeAt: generated.timeAt, values: s.values }, t, WINDOW, semantics),
        }))
      );
    const [before, inBurst] = [burst.start - 3 * 3600, burst.end - 60];
    for (const t of [before, inBurst]) {
      const p99 = byLabel(await query(at('upstreamLatencyP99'), t), 'source')[burst.service];
      expect(p99).toBeCloseTo(fromCounters(t, served), 6);
    }
    for (const semantics of BOTH_SEMANTICS) {
      expect(fromCounters(inBurst, semantics)).toBeGreaterThan(1.5 * fromCounters(before, semantics));
    }
  });

  it('shows retries that almost never succeed during a CLOSE_WAIT burst, and api-lazlo retries that work at baseline', async () => {
    const burst = worst();
    const during = byLabel(await query(at('retrySuccessRatio'), burst.end - 60), 'source');
    expect(during[burst.service]).toBeLessThan(0.002);
    const lazlo = truth().services.find((s) => s.namespace === 'api-lazlo-production')!.source;
    const baseline = byLabel(await query(at('retrySuccessRatio'), burst.start - 3 * 3600), 'source');
    expect(Math.abs(baseline[lazlo] - 0.936)).toBeLessThan(0.01);
    for (const semantics of BOTH_SEMANTICS) {
      const success = (source: string, t: number) =>
        counterRatio(
          'envoy_cluster_upstream_rq_retry_success',
          'envoy_cluster_upstream_rq_retry',
          source,
          t,
          semantics
        );
      expect(success(burst.service, burst.end - 60)).toBeLessThan(0.002);
      expect(Math.abs(success(lazlo, burst.start - 3 * 3600) - 0.936)).toBeLessThan(0.01);
    }
  });

  it('separates the CLOSE_WAIT signature from the rolling-deployment confounder', async () => {
    const burst = worst();
    const deployment = truth().deployments.find((d) => d.end < burst.start || d.start > burst.end)!;
    const mid = deployment.start + 600;
    const ratioInBurst = byLabel(await query(at('remoteCloseWithActiveRqRatio'), burst.end - 60), 'source');
    const ratioInDeployment = byLabel(await query(at('remoteCloseWithActiveRqRatio'), mid), 'source');
    expect(ratioInBurst[burst.service]).toBeGreaterThan(0.1);
    for (const semantics of BOTH_SEMANTICS) {
      const remote = counterRatio(
        'envoy_cluster_upstream_cx_destroy_remote_with_active_rq',
        'envoy_cluster_upstream_cx_destroy_remote',
        burst.service,
        burst.end - 60,
        semantics
      );
      expect(remote).toBeGreaterThan(0.1);
    }
    expect(ratioInDeployment[deployment.service]).toBeLessThan(0.1);
    const resets = byLabel(await query(at('rxResetRate'), mid), 'source');
    expect(resets[deployment.service]).toBe(0);
    expect(byLabel(await query(at('rxResetRate'), burst.end - 60), 'source')[burst.service]).toBeGreaterThan(0);
    const ratio5xx = byLabel(await query(at('upstream5xxRatio'), mid), 'source')[deployment.service];
    expect(ratio5xx).toBeLessThan(0.005);
  });

  it('counts every restart over 30 days per pod exactly', async () => {
    const rows = await query(at('podRestartsByPod'), prometheus.end);
    const counted = Object.fromEntries(rows.map((r) => [`${r.metric.namespace}/${r.metric.pod}`, r.value]));
    expect(Object.keys(counted).sort()).toEqual(Object.keys(truth().restartTotals).sort());
    for (const [key, total] of Object.entries(truth().restartTotals)) {
      const [namespace, pod] = key.split('/');
      const month = (semantics: RangeSemantics) =>
        counterDelta(
          'kube_pod_container_status_restarts_total',
          { namespace, pod },
          prometheus.end,
          DAYS * 86400,
          semantics
        );
      expect(counted[key]).toBeCloseTo(month(served), 9);
      expect(month('closed')).toBe(total);
      // 3.x extrapolates over the first minute: a fraction of a restart off, never a whole one.
      expect(Math.round(month('left-open'))).toBe(total);
    }
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
    const day = (semantics: RangeSemantics) =>
      counterDelta('envoy_cluster_upstream_rq_xx', fiveXx(burst.service), prometheus.end, 86400, semantics) / 86400;
    expect(daily).toBeCloseTo(day(served), 9);
    expect(Math.abs(day('left-open') / day('closed') - 1)).toBeLessThan(0.01);
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
