import { getQuery, renderExpr } from '../../src/queries';
import { RULE_BACKED_QUERIES, alertRuleGroups } from '../../src/queries/rules';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { DEFAULT_END, DEFAULT_SEED, buildTimeline, findSeries, generate, type Generated } from '../../simulator';
import { byLabel, instantQuery } from './prometheusApi';
import { counterIncrease, semanticsOf, type RangeSemantics } from './promqlSemantics';

const raw = (id: string) => renderExpr(getQuery(id).expr, { rateInterval: '5m', range: '30d' });
const alertExpr = (name: string) => alertRuleGroups()[0].rules.find((r) => r.alert === name)!.expr;

// Recording rules evaluated over the simulated month (backfilled once, cached), then queried like a dashboard.
describe('recording and alert rules on the simulated incident (real Prometheus)', () => {
  let prometheus: IncidentPrometheus;
  let generated: Generated;
  let served: RangeSemantics;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: 30, withRecordingRules: true });
    generated = generate(buildTimeline(30, DEFAULT_END), DEFAULT_SEED);
    served = await semanticsOf(prometheus.url);
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  const truth = () => prometheus.groundTruth;
  const worst = () => truth().bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));
  const query = (expr: string, t: number) => instantQuery(prometheus.url, expr, t);
  // The worst burst is the coordinated one (api-proxy and next-pwa-app together): both must page once the
  // burst has filled a 5-minute rate window (rates still show a burst for 5 minutes after it ends).
  const closeWaitBurstsAt = (t: number) =>
    truth()
      .bursts.filter((b) => b.closeWaitSignature && b.start + 600 <= t && t <= b.end)
      .map((b) => b.service);

  // The month as the sum of hourly increase() recordings over the simulator's counters. On this grid-aligned data
  // 2.42's closed windows share each hour's edge sample (exact); 3.x's left-open ones extrapolate over it.
  const hourlySum = (name: string, labels: Record<string, string>, semantics: RangeSemantics) => {
    let sum = 0;
    for (let t = prometheus.end; t > prometheus.start; t -= 3600) {
      for (const s of findSeries(generated, name, labels)) {
        const hour = counterIncrease({ timeAt: generated.timeAt, values: s.values }, t, 3600, semantics);
        sum += Number.isFinite(hour) ? hour : 0;
      }
    }
    return sum;
  };

  it('answers the 30-day 5xx volume and restarts from hourly recordings exactly', async () => {
    const volumes = byLabel(await query(RULE_BACKED_QUERIES.upstream5xxVolume, prometheus.end), 'source');
    expect(Object.keys(volumes).sort()).toEqual(Object.keys(truth().fiveXxTotals).sort());
    for (const [source, total] of Object.entries(truth().fiveXxTotals)) {
      const month = (semantics: RangeSemantics) =>
        hourlySum('envoy_cluster_upstream_rq_xx', { source, envoy_response_code_class: '5' }, semantics);
      expect(Math.abs(volumes[source] / month(served) - 1)).toBeLessThan(1e-9);
      expect(month('closed')).toBe(total);
      expect(Math.abs(month('left-open') / total - 1)).toBeLessThan(1e-3);
    }
    const restarts = await query(RULE_BACKED_QUERIES.podRestartsByPod, prometheus.end);
    const counted = Object.fromEntries(restarts.map((r) => [`${r.metric.namespace}/${r.metric.pod}`, r.value]));
    expect(Object.keys(counted).sort()).toEqual(Object.keys(truth().restartTotals).sort());
    for (const [key, total] of Object.entries(truth().restartTotals)) {
      const [namespace, pod] = key.split('/');
      const month = (semantics: RangeSemantics) =>
        hourlySum('kube_pod_container_status_restarts_total', { namespace, pod }, semantics);
      expect(counted[key]).toBeCloseTo(month(served), 9);
      expect(month('closed')).toBe(total);
      // 3.x counts each restart as 60/59 of one (4.05 for 4): rounded, still exact.
      expect(Math.round(month('left-open'))).toBe(total);
    }
  });

  it.each(['upstream5xxRatio', 'upstreamLatencyP99', 'remoteCloseWithActiveRqRatio', 'retrySuccessRatio'])(
    'gives the same %s from the recordings as the raw panel query, in and out of a burst',
    async (id) => {
      const burst = worst();
      for (const t of [burst.end - 60, burst.start - 3 * 3600]) {
        const fromRules = byLabel(await query(RULE_BACKED_QUERIES[id], t), 'source');
        const fromRaw = byLabel(await query(raw(id), t), 'source');
        expect(Object.keys(fromRules).sort()).toEqual(Object.keys(fromRaw).sort());
        for (const source of Object.keys(fromRaw)) {
          expect(fromRules[source]).toBeCloseTo(fromRaw[source], 9);
        }
      }
    }
  );

  it('fires each service alert on the burst service, and none at baseline or during the deployment', async () => {
    const burst = worst();
    const deployment = truth().deployments.find((d) => d.end < burst.start || d.start > burst.end)!;
    const names = [
      'ConnectionHealthRemoteCloseWithActiveRequests',
      'ConnectionHealthUpstreamResets',
      'ConnectionHealthRetriesFailing',
    ];
    for (const name of names) {
      const firing = await query(alertExpr(name), burst.start + 1200);
      expect({ name, sources: firing.map((s) => s.metric.source).sort() }).toEqual({
        name,
        sources: closeWaitBurstsAt(burst.start + 1200).sort(),
      });
      expect({ name, baseline: await query(alertExpr(name), burst.start - 3 * 3600) }).toEqual({ name, baseline: [] });
      expect({ name, deployment: await query(alertExpr(name), deployment.start + 600) }).toEqual({
        name,
        deployment: [],
      });
    }
  });

  it('sees restart-to-recover after the burst but not after the deployment restarts', async () => {
    const burst = worst();
    const deployment = truth().deployments.find((d) => d.end < burst.start || d.start > burst.end)!;
    const afterBurst = await query(alertExpr('ConnectionHealthRestartToRecover'), burst.end + 300);
    expect(afterBurst.map((s) => s.metric.source)).toContain(burst.service);
    const afterDeployment = await query(alertExpr('ConnectionHealthRestartToRecover'), deployment.end + 300);
    expect(afterDeployment).toEqual([]);
  });

  it('sees CLOSE_WAIT climbing on the burst node before the burst, not a day earlier', async () => {
    const burst = worst();
    const instance = truth().services.find((s) => s.source === burst.service)!.instance;
    const climbing = await query(alertExpr('ConnectionHealthCloseWaitClimbing'), burst.start);
    expect(climbing.map((s) => s.metric.instance)).toContain(instance);
    expect(await query(alertExpr('ConnectionHealthCloseWaitClimbing'), burst.start - 86400)).toEqual([]);
  });
});
