import { SERVICES, type ServiceProfile } from './scenario';
import type { SeriesSpec } from './series';
import type { ServiceStep, StepState } from './stepState';

// Issue 12: what users see at the edge next to what the mesh sees, and the retries a budget refused.

/** Retries per second: a steady share, plus one per failed attempt while a burst lasts (they amplify it). */
export function retriesPerSecond(p: ServiceProfile, x: ServiceStep): number {
  const R = x.requestsPerSecond;
  return R * p.retryShare + (x.burst ? R * (x.errorRatio - p.baselineErrorRatio) : 0);
}

/** Share of retries that succeed: the seed's ratio, collapsing to ≤0.1% in a burst (the pool is exhausted). */
export function retrySuccessShare(p: ServiceProfile, x: ServiceStep): number {
  return x.burst ? Math.min(p.retrySuccessRatio, 0.001) : p.retrySuccessRatio;
}

/** The 5xx ratio users get: the mesh's ratio less what successful retries absorbed (an edge that sees fewer). */
export function userVisibleErrorRatio(p: ServiceProfile, x: ServiceStep): number {
  return x.errorRatio * (1 - retrySuccessShare(p, x));
}

/** Retries refused by the retry budget (circuit breaker) during a burst: a quarter of them at full intensity. */
export const RETRY_OVERFLOW_SHARE = 0.25;
/** Requests that used up num_retries: half of the retries that failed. */
export const RETRY_LIMIT_SHARE = 0.5;

export function retrySeries(index: number): SeriesSpec[] {
  const p = SERVICES[index];
  const labels = { job: 'envoy-stats', source: p.source, envoy_cluster_name: p.cluster };
  const counter = (name: string, f: (x: ServiceStep) => number, extra: Record<string, string> = {}): SeriesSpec => ({
    name,
    family: name,
    familyType: 'counter',
    labels: { ...labels, ...extra },
    kind: 'counter',
    value: (s: StepState) => f(s.services[index]) * s.step,
    resetsWith: index,
  });
  const pages = (x: ServiceStep) => x.requestsPerSecond / p.callsPerDownstream;
  const retries = (x: ServiceStep) => retriesPerSecond(p, x);
  return [
    counter('envoy_http_downstream_rq_xx', (x) => pages(x) * (1 - userVisibleErrorRatio(p, x)), {
      envoy_response_code_class: '2',
    }),
    counter('envoy_http_downstream_rq_xx', (x) => pages(x) * userVisibleErrorRatio(p, x), {
      envoy_response_code_class: '5',
    }),
    counter('envoy_cluster_upstream_rq_retry_overflow', (x) =>
      x.burst ? retries(x) * RETRY_OVERFLOW_SHARE * x.intensity : 0
    ),
    counter(
      'envoy_cluster_upstream_rq_retry_limit_exceeded',
      (x) => retries(x) * (1 - retrySuccessShare(p, x)) * RETRY_LIMIT_SHARE
    ),
  ];
}
