import { getQuery, renderExpr } from '../../src/queries';
import { RULE_BACKED_QUERIES, alertRuleGroups } from '../../src/queries/rules';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { byLabel, instantQuery } from './prometheusApi';

const raw = (id: string) => renderExpr(getQuery(id).expr, { rateInterval: '5m', range: '30d' });
const alertExpr = (name: string) => alertRuleGroups()[0].rules.find((r) => r.alert === name)!.expr;

// Recording rules evaluated over the simulated month (backfilled once, cached), then queried like a dashboard.
describe('recording and alert rules on the simulated incident (real Prometheus)', () => {
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: 30, withRecordingRules: true });
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

  it('answers the 30-day 5xx volume and restarts from hourly recordings exactly', async () => {
    const volumes = byLabel(await query(RULE_BACKED_QUERIES.upstream5xxVolume, prometheus.end), 'source');
    expect(volumes).toEqual(truth().fiveXxTotals);
    const restarts = await query(RULE_BACKED_QUERIES.podRestartsByPod, prometheus.end);
    expect(Object.fromEntries(restarts.map((r) => [`${r.metric.namespace}/${r.metric.pod}`, r.value]))).toEqual(
      truth().restartTotals
    );
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
