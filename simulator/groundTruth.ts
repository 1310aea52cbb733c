import { counterIncrease, findSeries, indexAt, type Generated } from './generate';
import { loadBalancerTruth, type LoadBalancerTruth } from './loadBalancerTruth';
import { retryTruth, type RetryServiceTruth } from './retryTruth';
import { FRONTEND_SOURCE, SERVICES, type BurstCause } from './scenario';
import { podName, restartTimes } from './series';

export interface GroundTruthBurst {
  service: string;
  /** Unix seconds; the burst covers the samples with start < t ≤ end. */
  start: number;
  end: number;
  /** 5xx above the service's baseline ratio during the burst: Σ 5xx − baseline × Σ requests. */
  excessFailures: number;
  /** Highest 5xx ratio of a 5-minute window ending inside the burst (what a 5m rate ratio shows). */
  peakErrorRate: number;
  /** Σ 5xx ÷ Σ requests over the burst. */
  meanErrorRate: number;
  /** Mean upstream requests/s during the burst. */
  requestRate: number;
  baselineErrorRate: number;
  closeWaitSignature: boolean;
  cause: BurstCause;
  /** When the pods were restarted to recover (CLOSE_WAIT bursts only). */
  restartedAt?: number;
}

export interface GroundTruthRestart {
  namespace: string;
  pod: string;
  at: number;
  reason: 'recover' | 'deployment';
}

export interface GroundTruth {
  seed: number;
  days: number;
  /** Unix seconds of the first and last sample; samples every `step` seconds. */
  start: number;
  end: number;
  step: number;
  serviceLabel: 'source';
  services: Array<{ source: string; cluster: string; namespace: string; instance: string; baselineErrorRate: number }>;
  bursts: GroundTruthBurst[];
  /** Counter increase over [start, end], as a <days>d increase at `end` counts it in Prometheus 2.42. */
  fiveXxTotals: Record<string, number>;
  requestTotals: Record<string, number>;
  retryTotals: Record<string, number>;
  retrySuccessTotals: Record<string, number>;
  restarts: GroundTruthRestart[];
  /** Restarts per `namespace/pod` over the window. */
  restartTotals: Record<string, number>;
  deployments: Array<{ service: string; start: number; end: number }>;
  counterResets: Array<{ service: string; at: number }>;
  ingress499Surges: Array<{ ingress: string; start: number; end: number }>;
  frontend: { source: string; apiCallsPerPage: number; upstreamRequests: number; pageRequests: number };
  /** The fix-rollout scenario's rollouts meant to fix the leak, and whether each did. */
  fixes?: Array<{ service: string; at: number; effective: boolean }>;
  /** Seed 004: ejections (a flapping host in each CLOSE_WAIT burst), membership changes, failed checks. */
  loadBalancer: LoadBalancerTruth;
  /** Issue 12: user-visible 5xx, retry overflow and amplification per service. */
  retries: Record<string, RetryServiceTruth>;
  seriesCount: number;
  sampleCount: number;
}

export function groundTruth(g: Generated, days: number): GroundTruth {
  const { timeline } = g;
  const total = (name: string, source: string, extra: Record<string, string> = {}) =>
    findSeries(g, name, { source, ...extra }).reduce((sum, s) => sum + counterIncrease(s.values), 0);
  const perService = (name: string, extra: Record<string, string> = {}) =>
    Object.fromEntries(SERVICES.map((p) => [p.source, total(name, p.source, extra)]));
  const upstream = total('envoy_cluster_upstream_rq_total', FRONTEND_SOURCE);
  const pages = total('envoy_http_downstream_rq_total', FRONTEND_SOURCE);
  const restarts = SERVICES.flatMap((p) =>
    [0, 1, 2].flatMap((pod) =>
      restartTimes(timeline, p.source, pod).map((at) => ({
        namespace: p.namespace,
        pod: podName(p.cluster, pod),
        at,
        reason: timeline.bursts.some((b) => b.service === p.source && at >= b.end && at < b.end + 600)
          ? ('recover' as const)
          : ('deployment' as const),
      }))
    )
  ).filter((r) => r.at > timeline.start);
  const restartTotals: Record<string, number> = {};
  for (const r of restarts) {
    restartTotals[`${r.namespace}/${r.pod}`] = (restartTotals[`${r.namespace}/${r.pod}`] ?? 0) + 1;
  }
  return {
    seed: g.seed,
    days,
    start: timeline.start,
    end: timeline.end,
    step: timeline.step,
    serviceLabel: 'source',
    services: SERVICES.map((p) => ({
      source: p.source,
      cluster: p.cluster,
      namespace: p.namespace,
      instance: p.instance,
      baselineErrorRate: p.baselineErrorRatio,
    })),
    bursts: timeline.bursts.map((b) => burstTruth(g, b)),
    fiveXxTotals: perService('envoy_cluster_upstream_rq_xx', { envoy_response_code_class: '5' }),
    requestTotals: perService('envoy_cluster_upstream_rq_xx'),
    retryTotals: perService('envoy_cluster_upstream_rq_retry'),
    retrySuccessTotals: perService('envoy_cluster_upstream_rq_retry_success'),
    restarts,
    restartTotals,
    deployments: timeline.events
      .filter((e) => e.kind === 'deployment')
      .map((e) => ({ service: e.service!, start: e.start, end: e.end })),
    counterResets: timeline.events
      .filter((e) => e.kind === 'counter_reset')
      .map((e) => ({ service: e.service!, at: e.start })),
    ingress499Surges: timeline.events
      .filter((e) => e.kind === 'ingress_499_surge')
      .map((e) => ({ ingress: e.ingress!, start: e.start, end: e.end })),
    frontend: {
      source: FRONTEND_SOURCE,
      apiCallsPerPage: upstream / pages,
      upstreamRequests: upstream,
      pageRequests: pages,
    },
    ...(timeline.fixes ? { fixes: timeline.fixes.map((f) => ({ ...f })) } : {}),
    loadBalancer: loadBalancerTruth(g),
    retries: retryTruth(g),
    seriesCount: g.series.length,
    sampleCount: g.samples,
  };
}

function burstTruth(g: Generated, b: Generated['timeline']['bursts'][number]): GroundTruthBurst {
  const profile = SERVICES.find((p) => p.source === b.service)!;
  const errors = findSeries(g, 'envoy_cluster_upstream_rq_xx', { source: b.service, envoy_response_code_class: '5' })[0]
    .values;
  const all = findSeries(g, 'envoy_cluster_upstream_rq_xx', { source: b.service }).map((s) => s.values);
  const from = indexAt(g, b.start);
  const to = indexAt(g, b.end);
  const requestsBetween = (i: number, j: number) => all.reduce((sum, v) => sum + counterIncrease(v, i, j), 0);
  const failures = counterIncrease(errors, from, to);
  const requests = requestsBetween(from, to);
  const window = 300 / g.timeline.step;
  let peak = 0;
  for (let i = from + window; i <= to; i++) {
    peak = Math.max(peak, counterIncrease(errors, i - window, i) / requestsBetween(i - window, i));
  }
  const closeWait = b.cause === 'close_wait';
  return {
    service: b.service,
    start: b.start,
    end: b.end,
    excessFailures: Math.round(failures - profile.baselineErrorRatio * requests),
    peakErrorRate: peak,
    meanErrorRate: failures / requests,
    requestRate: requests / (b.end - b.start),
    baselineErrorRate: profile.baselineErrorRatio,
    closeWaitSignature: closeWait,
    cause: b.cause,
    ...(closeWait ? { restartedAt: b.end } : {}),
  };
}
