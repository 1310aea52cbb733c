import { SERVICES, type ServiceProfile } from './scenario';
import type { SeriesSpec } from './series';
import type { StepState } from './stepState';
import type { Timeline } from './timeline';

const KSM = { job: 'kube-state-metrics' };
// The first ReplicaSet of every Deployment predates the data by a month.
const FIRST_REPLICASET_AGE_SECONDS = 30 * 86_400;

/** A pod-template-hash-like suffix, stable per Deployment and rollout. */
export function replicaSetName(deployment: string, rollout: number): string {
  return `${deployment}-${(0x5c7d9b4f8 + rollout * 0x1f3a7).toString(16).slice(-9)}`;
}

function rolloutStarts(timeline: Timeline, p: ServiceProfile): number[] {
  return timeline.events.filter((e) => e.kind === 'deployment' && e.service === p.source).map((e) => e.start);
}

function gauge(
  name: string,
  labels: Record<string, string>,
  value: (s: StepState) => number,
  from?: number
): SeriesSpec {
  return { name, family: name, familyType: 'gauge', labels: { ...KSM, ...labels }, kind: 'gauge', value, from };
}

/**
 * kube-state-metrics' view of each service's Deployment: its generation (one more per rollout, observed a
 * step later) and a new ReplicaSet per rollout, valued at its creation time, with its owner.
 */
export function rolloutSeries(timeline: Timeline): SeriesSpec[] {
  return SERVICES.flatMap((p) => {
    const starts = rolloutStarts(timeline, p);
    const ids = { namespace: p.namespace, deployment: p.cluster };
    const generation = (lag: number) => (s: StepState) => 1 + starts.filter((t) => t <= s.t - lag).length;
    const created = [timeline.start - FIRST_REPLICASET_AGE_SECONDS, ...starts];
    return [
      gauge('kube_deployment_metadata_generation', ids, generation(0)),
      gauge('kube_deployment_status_observed_generation', ids, generation(timeline.step)),
      ...created.flatMap((at, i) => {
        const rs = { namespace: p.namespace, replicaset: replicaSetName(p.cluster, i) };
        const owner = { owner_kind: 'Deployment', owner_name: p.cluster, owner_is_controller: 'true' };
        return [
          gauge('kube_replicaset_created', rs, () => at, i ? at : undefined),
          gauge('kube_replicaset_owner', { ...rs, ...owner }, () => 1, i ? at : undefined),
        ];
      }),
    ];
  });
}
