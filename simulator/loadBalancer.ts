import { PODS_PER_SERVICE, SERVICES } from './scenario';
import { restartTimes } from './series';
import type { Timeline } from './timeline';

// Seed 004 as data: how Envoy's load balancer treats a leaking host. During a CLOSE_WAIT burst the leaking host is
// ejected, readmitted when its ejection time ends, and ejected again (flapping), each ejection longer than the last
// (30 s base, doubling, capped at 300 s: in 60-s steps 1, 1, 2, 4, 5, 5 … steps). Its shallow active check passes
// until the pool is so dead that even /healthz times out (the burst's last ten minutes). An upstream-dependency
// burst fails every host's deep check and ejects one host once for gateway failures.

export type EjectionReason = 'consecutive_5xx' | 'consecutive_gateway_failure' | 'success_rate';

export interface Ejection {
  service: string;
  /** Unix seconds: the host is out for the samples with start < t ≤ end. */
  start: number;
  end: number;
  reason: EjectionReason;
}

export interface HostChange {
  service: string;
  /** A pod replaced (deployment) or restarted (recovery): removed and added back, two membership changes. */
  at: number;
}

export interface LoadBalancerPlan {
  ejections: Ejection[];
  changes: HostChange[];
  /** Health-check failures per service, as [time, count] events. */
  checkFailures: Array<{ service: string; at: number; count: number }>;
}

const EJECTION_STEPS = [1, 1, 2, 4, 5];
const READMITTED_STEPS = 2;
const FIRST_EJECTION_AFTER_STEPS = 3;
const SHALLOW_CHECK_FAILS_LAST_SECONDS = 600;
const CHECKS_PER_STEP_PER_HOST = 6;

function flappingEjections(service: string, burst: { start: number; end: number }, step: number): Ejection[] {
  const ejections: Ejection[] = [];
  let t = burst.start + FIRST_EJECTION_AFTER_STEPS * step;
  for (let i = 0; t < burst.end; i++) {
    const end = Math.min(burst.end, t + EJECTION_STEPS[Math.min(i, EJECTION_STEPS.length - 1)] * step);
    ejections.push({ service, start: t, end, reason: i === 0 ? 'success_rate' : 'consecutive_5xx' });
    t = end + READMITTED_STEPS * step;
  }
  return ejections;
}

function burstChecks(timeline: Timeline, b: Timeline['bursts'][number]) {
  const failures: LoadBalancerPlan['checkFailures'] = [];
  for (let t = b.start + timeline.step; t <= b.end; t += timeline.step) {
    if (b.cause === 'upstream_dependency') {
      failures.push({ service: b.service, at: t, count: CHECKS_PER_STEP_PER_HOST * PODS_PER_SERVICE });
    } else if (b.end - t < SHALLOW_CHECK_FAILS_LAST_SECONDS) {
      failures.push({ service: b.service, at: t, count: CHECKS_PER_STEP_PER_HOST / 2 });
    }
  }
  return failures;
}

/** Every ejection, membership change and failed check of the scenario, placed on the timeline. */
export function loadBalancerPlan(timeline: Timeline): LoadBalancerPlan {
  const { step } = timeline;
  const ejections = timeline.bursts.flatMap((b) =>
    b.cause === 'close_wait'
      ? flappingEjections(b.service, b, step)
      : [
          {
            service: b.service,
            start: b.start + 5 * step,
            end: b.start + 7 * step,
            reason: 'consecutive_gateway_failure' as const,
          },
        ]
  );
  const changes = SERVICES.flatMap((p) =>
    Array.from({ length: PODS_PER_SERVICE }, (_, pod) => restartTimes(timeline, p.source, pod))
      .flat()
      .map((at) => ({ service: p.source, at }))
  ).filter((c) => c.at > timeline.start);
  // A restarted pod fails its first check while it starts.
  const checkFailures = [
    ...timeline.bursts.flatMap((b) => burstChecks(timeline, b)),
    ...changes.map((c) => ({ service: c.service, at: c.at, count: 1 })),
  ];
  return { ejections, changes, checkFailures };
}

/** What one service's load balancer shows at sample time t, from the plan. */
export interface LoadBalancerStep {
  ejectedNow: number;
  /** Ejections starting in (t − step, t], by reason. */
  ejectionsStarted: Record<EjectionReason, number>;
  healthy: number;
  total: number;
  membershipChanges: number;
  checkFailures: number;
}

const within = (t: number, step: number, at: number) => at > t - step && at <= t;

export function loadBalancerStep(
  plan: LoadBalancerPlan,
  timeline: Timeline,
  service: string,
  t: number,
  deploying: boolean
): LoadBalancerStep {
  const { step } = timeline;
  const ejectedNow = plan.ejections.filter((e) => e.service === service && t > e.start && t <= e.end).length;
  const ejectionsStarted = { consecutive_5xx: 0, consecutive_gateway_failure: 0, success_rate: 0 };
  plan.ejections
    .filter((e) => e.service === service && within(t, step, e.start))
    .forEach((e) => (ejectionsStarted[e.reason] += 1));
  const changesNow = plan.changes.filter((c) => c.service === service && within(t, step, c.at)).length;
  // A rolling deployment surges one pod; a replaced or restarted pod drains and warms for one step.
  const total = PODS_PER_SERVICE + (deploying ? 1 : 0);
  return {
    ejectedNow,
    ejectionsStarted,
    healthy: Math.max(0, total - ejectedNow - changesNow - (deploying ? 1 : 0)),
    total,
    membershipChanges: 2 * changesNow,
    checkFailures: plan.checkFailures
      .filter((f) => f.service === service && within(t, step, f.at))
      .reduce((sum, f) => sum + f.count, 0),
  };
}
