import { buildTimeline, findSeries, generate, groundTruth, indexAt } from '..';

// Fifteen days hold four CLOSE_WAIT bursts, the upstream-dependency burst and both deployments.
const timeline = buildTimeline(15, '2026-04-16T00:00:00Z');
const generated = generate(timeline, 42);
const truth = groundTruth(generated, 15).loadBalancer;
const HOUR = 3600;

const gauge = (name: string, source: string, t: number) =>
  findSeries(generated, name, { source })[0].values[indexAt(generated, t)];

describe('load-balancer health in the simulator (seed 004)', () => {
  it('flaps the leaking host in every CLOSE_WAIT burst: 3+ ejections in the hour, each at least as long as the last', () => {
    const leaks = timeline.bursts.filter((b) => b.cause === 'close_wait');
    expect(leaks.length).toBeGreaterThan(3);
    for (const b of leaks) {
      const own = truth.ejections.filter((e) => e.service === b.service && e.start >= b.start && e.end <= b.end);
      expect(own.filter((e) => e.start > b.end - HOUR).length).toBeGreaterThanOrEqual(3);
      own.slice(1).forEach((e, i) => {
        // The restart that ends the burst cuts the last ejection short.
        if (e !== own[own.length - 1]) {
          expect(e.end - e.start).toBeGreaterThanOrEqual(own[i].end - own[i].start);
        }
        // Readmitted between two ejections: the host is back in the set before it is ejected again.
        expect(e.start).toBeGreaterThan(own[i].end);
      });
    }
  });

  it('shows an ejected host as one host out and one fewer healthy, and all hosts healthy at baseline', () => {
    const e = truth.ejections.find((x) => x.reason === 'consecutive_5xx')!;
    expect(gauge('envoy_cluster_outlier_detection_ejections_active', e.service, e.end)).toBe(1);
    expect(gauge('envoy_cluster_membership_healthy', e.service, e.end)).toBe(2);
    const quiet = timeline.start + 2 * HOUR;
    expect(gauge('envoy_cluster_membership_healthy', e.service, quiet)).toBe(3);
    expect(gauge('envoy_cluster_membership_total', e.service, quiet)).toBe(3);
  });

  it('counts every reason the scenario uses, and no ejection on a service without bursts', () => {
    const totals = Object.values(truth.ejectionTotals);
    for (const reason of ['consecutive_5xx', 'consecutive_gateway_failure', 'success_rate'] as const) {
      expect(totals.some((t) => t[reason] > 0)).toBe(true);
    }
    const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
    expect(sum(truth.ejectionTotals['conveyor-cloud.ns.api-lazlo-sox'])).toBe(1);
    expect(truth.ejections.length).toBe(totals.reduce((a, t) => a + sum(t), 0));
  });

  it('changes membership only when a pod is replaced or restarted (two changes each)', () => {
    const restarts = groundTruth(generated, 15).restarts;
    for (const [source, changes] of Object.entries(truth.membershipChangeTotals)) {
      const namespace = source.replace('conveyor-cloud.ns.', '');
      expect(changes).toBe(2 * restarts.filter((r) => r.namespace === namespace).length);
    }
  });
});
