import { databaseSeries } from './databaseSeries';
import { ENVOY_BUCKETS_MS, NGINX_BUCKETS_S } from './latency';
import { loadBalancerSeries } from './loadBalancerSeries';
import { podCloseWaitSeries } from './podCloseWaitSeries';
import { INGRESSES, INSTANCES, PODS_PER_SERVICE, SERVICES } from './scenario';
import { bucketShare, meanOf, type ServiceStep, type StepState } from './stepState';
import type { Timeline } from './timeline';
import { rolloutSeries } from './rolloutSeries';
import { retriesPerSecond, retrySeries, retrySuccessShare } from './retrySeries';
import { keepAliveSeries } from './keepAliveSeries';

export type SeriesKind = 'counter' | 'gauge';

export interface SeriesSpec {
  name: string;
  /** The metric family (a histogram's _bucket/_sum/_count share one) and its exposition type. */
  family: string;
  familyType: 'counter' | 'gauge' | 'histogram';
  labels: Record<string, string>;
  kind: SeriesKind;
  /** Counters: the expected increase over the interval (t − step, t]; gauges: the value at t. */
  value: (s: StepState) => number;
  /** Counters that restart from 0 when the service's Envoy restarts. */
  resetsWith?: number;
  /** Unix seconds before which the series does not exist yet (a ReplicaSet created during the scenario). */
  from?: number;
}

const ENVOY_JOB = 'envoy-stats';

function envoySeries(index: number): SeriesSpec[] {
  const p = SERVICES[index];
  const labels = { job: ENVOY_JOB, source: p.source, envoy_cluster_name: p.cluster };
  const svc = (s: StepState): ServiceStep => s.services[index];
  const perSecond = (name: string, f: (x: ServiceStep) => number, extra: Record<string, string> = {}): SeriesSpec => ({
    name,
    family: name,
    familyType: 'counter',
    labels: { ...labels, ...extra },
    kind: 'counter',
    value: (s) => f(svc(s)) * s.step,
    resetsWith: index,
  });
  const R = (x: ServiceStep) => x.requestsPerSecond;
  const retries = (x: ServiceStep) => retriesPerSecond(p, x);
  const retrySuccess = (x: ServiceStep) => retrySuccessShare(p, x);
  const remoteCloses = (x: ServiceStep) => R(x) * 0.0005 * (x.deploying ? 15 : x.closeWaitBurst ? 3 : 1);
  const remoteActiveShare = (x: ServiceStep) =>
    x.closeWaitBurst ? 0.35 * x.intensity + 0.01 : x.deploying ? 0.03 : 0.01;
  const histogram = 'envoy_cluster_upstream_rq_time';
  const histogramSeries = (name: string, extra: Record<string, string>, f: (x: ServiceStep) => number): SeriesSpec => ({
    ...perSecond(name, f, extra),
    family: histogram,
    familyType: 'histogram',
  });
  return [
    perSecond('envoy_cluster_upstream_rq_total', R),
    perSecond('envoy_cluster_upstream_rq_xx', (x) => R(x) * (1 - x.errorRatio - 0.004), {
      envoy_response_code_class: '2',
    }),
    perSecond('envoy_cluster_upstream_rq_xx', (x) => R(x) * 0.004, { envoy_response_code_class: '4' }),
    perSecond('envoy_cluster_upstream_rq_xx', (x) => R(x) * x.errorRatio, { envoy_response_code_class: '5' }),
    perSecond('envoy_cluster_upstream_rq_rx_reset', (x) => (x.closeWaitBurst ? R(x) * 5e-5 * x.intensity : 0)),
    perSecond('envoy_cluster_upstream_cx_destroy_remote', remoteCloses),
    perSecond('envoy_cluster_upstream_cx_destroy_remote_with_active_rq', (x) => remoteCloses(x) * remoteActiveShare(x)),
    perSecond('envoy_cluster_upstream_cx_idle_timeout', (x) => R(x) * (x.keepAliveTuned ? 0.0008 : 0.0002)),
    perSecond('envoy_cluster_upstream_cx_max_requests', (x) => (x.keepAliveTuned ? R(x) * 0.001 : 0)),
    perSecond('envoy_cluster_upstream_cx_overflow', () => 0),
    perSecond('envoy_cluster_upstream_cx_pool_overflow', () => 0),
    perSecond('envoy_cluster_upstream_rq_pending_overflow', (x) =>
      x.burst ? R(x) * (x.closeWaitBurst ? 0.0005 : 0.002) * x.intensity : p.pendingOverflowPerSecond
    ),
    perSecond('envoy_cluster_upstream_cx_none_healthy', (x) => (x.noneHealthy ? R(x) * 0.001 : 0)),
    perSecond('envoy_cluster_upstream_rq_retry', retries),
    perSecond('envoy_cluster_upstream_rq_retry_success', (x) => retries(x) * retrySuccess(x)),
    perSecond('envoy_cluster_upstream_rq_timeout', (x) => R(x) * (x.burst ? 0.001 * x.intensity : 1e-5)),
    perSecond('envoy_cluster_upstream_cx_connect_timeout', (x) => R(x) * (x.burst ? 5e-6 : 1e-6)),
    perSecond('envoy_http_downstream_rq_total', (x) => R(x) / p.callsPerDownstream),
    perSecond('envoy_http_downstream_cx_destroy_local_with_active_rq', () => 0),
    {
      name: 'envoy_cluster_upstream_rq_pending_active',
      family: 'envoy_cluster_upstream_rq_pending_active',
      familyType: 'gauge',
      labels,
      kind: 'gauge',
      value: (s) => Math.round(R(svc(s)) * 0.0005 * (1 + 19 * svc(s).intensity * (svc(s).closeWaitBurst ? 1 : 0.3))),
    },
    ...[...ENVOY_BUCKETS_MS.map(String), '+Inf'].map((le) =>
      histogramSeries(`${histogram}_bucket`, { le }, (x) =>
        le === '+Inf' ? R(x) : R(x) * bucketShare(x.latencyMs, Number(le))
      )
    ),
    histogramSeries(`${histogram}_sum`, {}, (x) => R(x) * meanOf(x.latencyMs)),
    histogramSeries(`${histogram}_count`, {}, R),
  ];
}

function restartSeries(index: number, timeline: Timeline): SeriesSpec[] {
  const p = SERVICES[index];
  return Array.from({ length: PODS_PER_SERVICE }, (_, pod) => {
    const restartsAt = restartTimes(timeline, p.source, pod);
    return {
      name: 'kube_pod_container_status_restarts_total',
      family: 'kube_pod_container_status_restarts',
      familyType: 'counter' as const,
      labels: { job: 'kube-state-metrics', namespace: p.namespace, pod: podName(p.cluster, pod), container: p.cluster },
      kind: 'counter' as const,
      value: (s: StepState) => restartsAt.filter((r) => r > s.t - s.step && r <= s.t).length,
    };
  });
}

export function podName(cluster: string, pod: number): string {
  return `${cluster}-7c9d5b${pod}f8-${['x2k4q', 'm9p7z', 'h3n8w'][pod % 3]}`;
}

/** Restart-to-recover after each CLOSE_WAIT burst (one pod a minute), and the rolling deployments. */
export function restartTimes(timeline: Timeline, source: string, pod: number): number[] {
  const recover = timeline.bursts
    .filter((b) => b.service === source && b.cause === 'close_wait')
    .map((b) => b.end + pod * 60);
  const deploy = timeline.events
    .filter((e) => e.kind === 'deployment' && e.service === source)
    .map(
      (e) =>
        e.start + Math.round(((e.end - e.start) * (pod + 1)) / (PODS_PER_SERVICE + 1) / timeline.step) * timeline.step
    );
  return [...recover, ...deploy].filter((t) => t <= timeline.end);
}

function nodeSeries(index: number): SeriesSpec[] {
  const labels = { job: 'node-exporter', instance: INSTANCES[index] };
  const node = (s: StepState) => s.nodes[index];
  const gauge = (name: string, extra: Record<string, string>, f: (s: StepState) => number): SeriesSpec => ({
    name,
    family: name,
    familyType: 'gauge',
    labels: { ...labels, ...extra },
    kind: 'gauge',
    value: f,
  });
  const counter = (name: string, f: (s: StepState) => number): SeriesSpec => ({
    name,
    family: name,
    familyType: 'counter',
    labels,
    kind: 'counter',
    value: (s) => f(s) * s.step,
  });
  const inUse = (s: StepState) => node(s).established + node(s).closeWait + 20;
  return [
    gauge('node_tcp_connection_states', { state: 'close_wait' }, (s) => node(s).closeWait),
    gauge('node_tcp_connection_states', { state: 'established' }, (s) => node(s).established),
    gauge('node_sockstat_TCP_inuse', {}, inUse),
    gauge('node_sockstat_TCP_alloc', {}, (s) => inUse(s) + 150),
    counter('node_netstat_TcpExt_TCPTimeouts', (s) => (node(s).burstOnNode ? 2 : 0.05)),
    counter('node_netstat_TcpExt_ListenDrops', (s) => (node(s).burstOnNode ? 0.3 : 0)),
  ];
}

function ingressSeries(index: number): SeriesSpec[] {
  const labels = { job: 'ingress-nginx', ingress: INGRESSES[index], namespace: 'monitoring' };
  const ing = (s: StepState) => s.ingresses[index];
  const requests = 'nginx_ingress_controller_requests';
  const duration = 'nginx_ingress_controller_request_duration_seconds';
  const counter = (name: string, family: string, extra: Record<string, string>, f: (s: StepState) => number) => ({
    name,
    family,
    familyType: name === family ? ('counter' as const) : ('histogram' as const),
    labels: { ...labels, ...extra },
    kind: 'counter' as const,
    value: (s: StepState) => f(s) * s.step,
  });
  const all = (s: StepState) => ing(s).requestsPerSecond + ing(s).clientClosedPerSecond;
  return [
    counter(requests, requests, { status: '200' }, (s) => ing(s).requestsPerSecond * 0.999),
    counter(requests, requests, { status: '504' }, (s) => ing(s).requestsPerSecond * 0.001),
    counter(requests, requests, { status: '499' }, (s) => ing(s).clientClosedPerSecond),
    ...[...NGINX_BUCKETS_S.map(String), '+Inf'].map((le) =>
      counter(`${duration}_bucket`, duration, { le }, (s) =>
        le === '+Inf' ? all(s) : all(s) * bucketShare(ing(s).latencyS, Number(le))
      )
    ),
    counter(`${duration}_sum`, duration, {}, (s) => all(s) * meanOf(ing(s).latencyS)),
    counter(`${duration}_count`, duration, {}, all),
  ];
}

/** Every series the simulator writes, in exposition order (families contiguous). */
export function allSeries(timeline: Timeline): SeriesSpec[] {
  const envoy = SERVICES.map((_, i) => envoySeries(i)).flat();
  const byFamily = (list: SeriesSpec[]) => {
    const order = [...new Set(list.map((s) => s.family))];
    return order.flatMap((f) => list.filter((s) => s.family === f));
  };
  return [
    ...byFamily(envoy),
    ...byFamily(SERVICES.flatMap((_, i) => retrySeries(i))),
    ...byFamily(SERVICES.flatMap((_, i) => keepAliveSeries(i))),
    ...byFamily(loadBalancerSeries(timeline)),
    ...SERVICES.flatMap((_, i) => restartSeries(i, timeline)),
    ...byFamily(INSTANCES.flatMap((_, i) => nodeSeries(i))),
    ...byFamily(INGRESSES.flatMap((_, i) => ingressSeries(i))),
    ...rolloutSeries(timeline),
    ...databaseSeries(timeline),
    ...podCloseWaitSeries(timeline),
  ];
}
