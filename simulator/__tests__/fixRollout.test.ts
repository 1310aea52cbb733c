import {
  DEFAULT_END,
  FIXED_SERVICES,
  FIX_ROLLOUT_AT,
  FIX_ROLLOUT_DAYS,
  NOT_HELPED_SERVICE,
  buildFixRolloutTimeline,
  findSeries,
  generate,
  groundTruth,
} from '..';
import { exposition } from '../exposition';

const DAY = 86_400;
const timeline = buildFixRolloutTimeline(FIX_ROLLOUT_DAYS, DEFAULT_END);
const fixAt = Date.parse(FIX_ROLLOUT_AT) / 1000;

describe('fix-rollout scenario', () => {
  it('stops the bursts of the fixed services at the fix and keeps them going on the service the "fix" did not help', () => {
    const count = (service: string, from: number, to: number) =>
      timeline.bursts.filter((b) => b.service === service && b.start >= from && b.start < to).length;
    for (const service of FIXED_SERVICES) {
      expect(count(service, fixAt - 21 * DAY, fixAt)).toBeGreaterThanOrEqual(10);
      expect(count(service, fixAt, timeline.end)).toBe(0);
    }
    expect(count(NOT_HELPED_SERVICE, fixAt, fixAt + 21 * DAY)).toBeGreaterThanOrEqual(10);
    expect(timeline.fixes?.map((f) => [f.service, f.effective])).toEqual([
      [FIXED_SERVICES[0], true],
      [FIXED_SERVICES[1], true],
      [NOT_HELPED_SERVICE, false],
    ]);
  });

  it('keeps bursts clear of rollouts, so a rollout is never mistaken for a burst', () => {
    const rollouts = timeline.events.filter((e) => e.kind === 'deployment');
    const clashes = timeline.bursts.filter((b) =>
      rollouts.some((e) => e.service === b.service && b.start < e.end + 7200 && e.start < b.end + 7200)
    );
    expect(clashes).toEqual([]);
  });

  it('starts keep-alive cycling and a new ReplicaSet at the fix, only where the fix works', () => {
    // Two days around the fix are enough to see the switch, and quick to generate.
    const window = { start: fixAt - DAY, end: fixAt + DAY };
    const inside = (b: { start: number; end: number }) => b.start >= window.start && b.end <= window.end;
    const g = generate({ ...timeline, ...window, bursts: timeline.bursts.filter(inside) }, 42);
    const atFix = (fixAt - g.timeline.start) / g.timeline.step;
    const maxRequests = (cluster: string) =>
      findSeries(g, 'envoy_cluster_upstream_cx_max_requests', { envoy_cluster_name: cluster })[0].values;
    for (const cluster of ['api-proxy', 'next-pwa-app']) {
      expect(maxRequests(cluster)[atFix]).toBe(0);
      expect(maxRequests(cluster)[atFix + 60]).toBeGreaterThan(0);
    }
    expect(maxRequests('api-lazlo').every((v) => v === 0)).toBe(true);
    const created = findSeries(g, 'kube_replicaset_created', { namespace: 'api-proxy-production' });
    const newest = created.find((s) => s.spec.from === fixAt)!;
    expect(Number.isNaN(newest.values[atFix - 1])).toBe(true);
    expect(newest.values[atFix]).toBe(fixAt);
    const observed = findSeries(g, 'kube_deployment_status_observed_generation', { deployment: 'api-proxy' })[0].values;
    expect(observed[atFix + 1] - observed[atFix - 1]).toBe(1);
    // A ReplicaSet that does not exist yet is left out of the live /metrics too.
    const before = new Float64Array(g.series.map((s) => s.values[atFix - 1]));
    const text = exposition(
      g.series.map((s) => s.spec),
      before
    );
    expect(text).not.toContain(`replicaset="${newest.spec.labels.replicaset}"`);
    expect(groundTruth(g, 2).fixes).toHaveLength(3);
  });

  it('refuses windows that do not hold the fix', () => {
    expect(() => buildFixRolloutTimeline(5, DEFAULT_END)).toThrow(/needs data on both sides/);
  });
});
