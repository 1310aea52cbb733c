import { PODS_PER_SERVICE, SERVICES } from './scenario';
import { podName, type SeriesSpec } from './series';
import { CLOSE_WAIT_BUILDUP_SECONDS, CLOSE_WAIT_PEAK, type StepState } from './stepState';
import type { Timeline } from './timeline';

const CADVISOR_TCP = 'container_network_tcp_usage_total';

/** The leaking service's CLOSE_WAIT sockets at t, as the node count adds them, spread over its pods. */
function leakOf(timeline: Timeline, source: string, t: number): number {
  let sockets = 0;
  for (const b of timeline.bursts) {
    const from = b.start - CLOSE_WAIT_BUILDUP_SECONDS;
    if (b.cause === 'close_wait' && b.service === source && t > from && t <= b.end) {
      sockets += Math.round((CLOSE_WAIT_PEAK * (t - from)) / (b.end - from));
    }
  }
  return sockets / PODS_PER_SERVICE;
}

/** cAdvisor's per-pod TCP states (a standalone cAdvisor with tcp metrics enabled): the leak named by workload. */
export function podCloseWaitSeries(timeline: Timeline): SeriesSpec[] {
  return SERVICES.flatMap((p) =>
    Array.from({ length: PODS_PER_SERVICE }, (_, pod) => ({
      name: CADVISOR_TCP,
      family: CADVISOR_TCP,
      familyType: 'gauge' as const,
      labels: { job: 'cadvisor', namespace: p.namespace, pod: podName(p.cluster, pod), tcp_state: 'closewait' },
      kind: 'gauge' as const,
      value: (s: StepState) => Math.round(1 + leakOf(timeline, p.source, s.t)),
    }))
  );
}
