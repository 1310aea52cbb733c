import { loadBalancerPlan, loadBalancerStep, type LoadBalancerStep } from './loadBalancer';
import { SERVICES } from './scenario';
import type { SeriesSpec } from './series';
import type { StepState } from './stepState';
import type { Timeline } from './timeline';

const ENVOY_JOB = 'envoy-stats';
const OD = 'envoy_cluster_outlier_detection_ejections';

/** Envoy's outlier detection, active health checks and membership for every service, per cluster as Envoy exports them. */
export function loadBalancerSeries(timeline: Timeline): SeriesSpec[] {
  const plan = loadBalancerPlan(timeline);
  return SERVICES.flatMap((p, index) => {
    const labels = { job: ENVOY_JOB, source: p.source, envoy_cluster_name: p.cluster };
    const own = {
      ejections: plan.ejections.filter((e) => e.service === p.source),
      changes: plan.changes.filter((c) => c.service === p.source),
      checkFailures: plan.checkFailures.filter((f) => f.service === p.source),
    };
    // Every series of a service reads the same step: compute it once per sample time.
    let cached: { t: number; lb: LoadBalancerStep } | undefined;
    const at = (s: StepState): LoadBalancerStep => {
      if (cached?.t !== s.t) {
        cached = { t: s.t, lb: loadBalancerStep(own, timeline, p.source, s.t, s.services[index].deploying) };
      }
      return cached.lb;
    };
    const spec = (name: string, kind: 'counter' | 'gauge', f: (lb: LoadBalancerStep) => number): SeriesSpec => ({
      name,
      family: name,
      familyType: kind,
      labels,
      kind,
      value: (s) => f(at(s)),
      ...(kind === 'counter' ? { resetsWith: index } : {}),
    });
    const started = (lb: LoadBalancerStep) =>
      lb.ejectionsStarted.consecutive_5xx +
      lb.ejectionsStarted.consecutive_gateway_failure +
      lb.ejectionsStarted.success_rate;
    return [
      spec(`${OD}_active`, 'gauge', (lb) => lb.ejectedNow),
      spec(`${OD}_enforced_total`, 'counter', started),
      spec(`${OD}_enforced_consecutive_5xx`, 'counter', (lb) => lb.ejectionsStarted.consecutive_5xx),
      spec(
        `${OD}_enforced_consecutive_gateway_failure`,
        'counter',
        (lb) => lb.ejectionsStarted.consecutive_gateway_failure
      ),
      spec(`${OD}_enforced_success_rate`, 'counter', (lb) => lb.ejectionsStarted.success_rate),
      spec('envoy_cluster_membership_healthy', 'gauge', (lb) => lb.healthy),
      spec('envoy_cluster_membership_total', 'gauge', (lb) => lb.total),
      spec('envoy_cluster_membership_change', 'counter', (lb) => lb.membershipChanges),
      spec('envoy_cluster_health_check_failure', 'counter', (lb) => lb.checkFailures),
    ];
  });
}
