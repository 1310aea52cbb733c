import { counterIncrease, findSeries, indexAt, type Generated } from './generate';
import { SERVICES } from './scenario';

export interface RetryServiceTruth {
  /** Downstream 5xx ÷ downstream requests over the window: the ratio users get. */
  userFiveXxRatio: number;
  retryOverflows: number;
  retryLimitExceeded: number;
  /** Upstream attempts ÷ first attempts (attempts − retries), inside the service's bursts and outside them. */
  amplificationInBursts: number | null;
  amplificationBaseline: number;
}

/** Issue 12's figures as the simulator made them, counted the way Prometheus counts counters. */
export function retryTruth(g: Generated): Record<string, RetryServiceTruth> {
  return Object.fromEntries(SERVICES.map((p) => [p.source, serviceTruth(g, p.source)]));
}

function serviceTruth(g: Generated, source: string): RetryServiceTruth {
  const values = (name: string, extra: Record<string, string> = {}) =>
    findSeries(g, name, { source, ...extra }).map((s) => s.values);
  const sum = (all: Float64Array[], from?: number, to?: number) =>
    all.reduce((total, v) => total + counterIncrease(v, from, to), 0);
  const attempts = values('envoy_cluster_upstream_rq_total');
  const retries = values('envoy_cluster_upstream_rq_retry');
  const spans = g.timeline.bursts
    .filter((b) => b.service === source)
    .map((b) => [indexAt(g, b.start), indexAt(g, b.end)] as const);
  const inBursts = (all: Float64Array[]) => spans.reduce((total, [from, to]) => total + sum(all, from, to), 0);
  const ratio = (a: number, r: number) => a / (a - r);
  const [a, r] = [sum(attempts), sum(retries)];
  const [aIn, rIn] = [inBursts(attempts), inBursts(retries)];
  return {
    userFiveXxRatio:
      sum(values('envoy_http_downstream_rq_xx', { envoy_response_code_class: '5' })) /
      sum(values('envoy_http_downstream_rq_total')),
    retryOverflows: sum(values('envoy_cluster_upstream_rq_retry_overflow')),
    retryLimitExceeded: sum(values('envoy_cluster_upstream_rq_retry_limit_exceeded')),
    amplificationInBursts: spans.length ? ratio(aIn, rIn) : null,
    amplificationBaseline: ratio(a - aIn, r - rIn),
  };
}
