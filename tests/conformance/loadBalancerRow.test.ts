import { getQuery, renderExpr } from '../../src/queries';
import { alertRuleGroups } from '../../src/queries/rules';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { instantQuery } from './prometheusApi';

const DAYS = 30;
const HOUR = 3600;
const REASON_LABELS: Record<string, string> = {
  'consecutive 5xx': 'consecutive_5xx',
  'gateway failure': 'consecutive_gateway_failure',
  'success rate': 'success_rate',
};

// Seed 004's row on the simulated month: every figure against the simulator's own ejections and checks.
describe('the Load-balancer health row against the ground truth (real Prometheus, simulated incident)', () => {
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: DAYS });
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  const truth = () => prometheus.groundTruth;
  const render = (id: string, rateInterval = '5m') => renderExpr(getQuery(id).expr, { rateInterval });
  const query = (expr: string, t: number) => instantQuery(prometheus.url, expr, t);
  const leaks = () => truth().bursts.filter((b) => b.cause === 'close_wait');

  it('counts the month of ejections per service and reason exactly, across the counter reset', async () => {
    const samples = await query(render('ejectionsByReason', `${DAYS}d`), prometheus.end);
    const counted: Record<string, Record<string, number>> = {};
    for (const s of samples) {
      counted[s.metric.source] = { ...counted[s.metric.source], [REASON_LABELS[s.metric.reason]]: s.value };
    }
    expect(counted).toEqual(truth().loadBalancer.ejectionTotals);
  });

  it('counts failed checks and membership changes over the month exactly', async () => {
    const bySource = async (id: string) =>
      Object.fromEntries((await query(render(id, `${DAYS}d`), prometheus.end)).map((s) => [s.metric.source, s.value]));
    expect(await bySource('healthCheckFailures')).toEqual(truth().loadBalancer.healthCheckFailureTotals);
    expect(await bySource('membershipChanges')).toEqual(truth().loadBalancer.membershipChangeTotals);
  });

  it('shows the ejected host as one host out and one fewer healthy, and every host healthy at baseline', async () => {
    const ejection = truth().loadBalancer.ejections.find((e) => e.reason === 'consecutive_5xx')!;
    const ejected = await query(render('hostsEjectedNow'), ejection.end);
    expect(ejected.find((s) => s.metric.source === ejection.service)?.value).toBe(1);
    const members = await query(render('healthyHosts'), ejection.end);
    const of = (hosts: string) =>
      members.find((s) => s.metric.source === ejection.service && s.metric.hosts === hosts)?.value;
    expect([of('healthy'), of('total')]).toEqual([2, 3]);
    const quiet = await query(render('hostsEjectedNow'), leaks()[0].start - 3 * HOUR);
    expect(quiet.map((s) => s.value)).toEqual(quiet.map(() => 0));
  });

  it('names the flapping service at the end of every CLOSE_WAIT burst, and nothing three hours before', async () => {
    expect(leaks().length).toBeGreaterThan(3);
    for (const burst of leaks()) {
      const during = await query(render('flappingHosts'), burst.end);
      expect({ burst: burst.service, flapping: during.some((s) => s.metric.source === burst.service) }).toEqual({
        burst: burst.service,
        flapping: true,
      });
      expect(await query(render('flappingHosts'), burst.start - 3 * HOUR)).toEqual([]);
    }
  });

  it('fires the flapping alert on the coordinated burst services only, and nothing at baseline', async () => {
    const flapping = alertRuleGroups()[0].rules.find(
      (r) => r.alert === 'ConnectionHealthHostFlapping' && r.labels.load_balancer === 'envoy'
    )!;
    const worst = truth().bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));
    const coordinated = leaks()
      .filter((b) => b.start < worst.end && worst.start < b.end)
      .map((b) => b.service)
      .sort();
    expect(coordinated.length).toBe(2);
    const firing = await query(flapping.expr, worst.end);
    expect(firing.map((s) => s.metric.source).sort()).toEqual(coordinated);
    expect(await query(flapping.expr, worst.start - 3 * HOUR)).toEqual([]);
  });
});
