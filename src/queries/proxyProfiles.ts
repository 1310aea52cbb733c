import { VAR_SERVICE_LABEL_EXPR } from '../constants';
import * as ha from './haproxyMetricNames';
import * as envoy from './metricNames';
import { ENVOY_CLUSTER_STATS, ENVOY_HTTP_STATS, HAPROXY_EXPORTER } from './providers';

export type ProxyId = 'envoy' | 'haproxy';

/** One metric a proxy exposes for a signal, the matcher that narrows it, and who provides it if not the proxy's default. */
export interface ProxyMetric {
  metric: string;
  matcher?: string;
  provider?: string;
}

/**
 * The signals the catalogue reads, in each proxy's own metric names. A signal a proxy does not expose is left out,
 * and every entry built on it has no equivalent for that proxy (the entry says why).
 */
export interface ProxySignals {
  /** Responses of every class: the denominator of the 5xx ratio. */
  responses: ProxyMetric;
  responses5xx: ProxyMetric;
  requests: ProxyMetric;
  /** Requests the backend broke off mid-flight: Envoy's resets; HAProxy's response errors (resets, aborts, `timeout server`). */
  upstreamResets: ProxyMetric;
  remoteCloses?: ProxyMetric;
  remoteClosesWithActiveRq?: ProxyMetric;
  retries: ProxyMetric;
  retrySuccesses?: ProxyMetric;
  redispatches?: ProxyMetric;
  downstreamRequests?: ProxyMetric;
  /** 5xx the edge answered its clients: what users get after retries. */
  downstreamResponses5xx?: ProxyMetric;
  /** Retries refused by the retry budget or circuit breaker, and requests that used up their retries. */
  retryOverflows?: ProxyMetric;
  retryLimitExceeded?: ProxyMetric;
  downstreamLocalClosesWithActiveRq?: ProxyMetric;
  poolOverflows?: ProxyMetric[];
  pendingOverflows?: ProxyMetric;
  noneHealthy?: ProxyMetric;
  /** Requests waiting for a connection or a server, now (a gauge). */
  waiting: ProxyMetric;
  /** A histogram's base name (`_bucket`, `_sum`, `_count`). */
  latencyHistogram?: string;
  /** A gauge of the mean response time in seconds, where there is no histogram. */
  latencyMeanSeconds?: ProxyMetric;
  requestTimeouts?: ProxyMetric;
  connectFailures: ProxyMetric;
  recycledAtMaxRequests?: ProxyMetric;
  closedAtIdleTimeout?: ProxyMetric;
  /** A histogram's base name: how long upstream connections lived, in ms. */
  connectionLifetimeHistogram?: string;
  /** Hosts out of the load-balancing set now (Envoy: ejected by outlier detection; HAProxy: servers DOWN). */
  hostsOut: ProxyMetric;
  /** Hosts taken out, by reason: the label value and its counter. */
  ejectionsByReason: Array<{ reason: string; counter: ProxyMetric }>;
  /** Every ejection or UP→DOWN transition: what repeats when a host flaps. */
  ejections: ProxyMetric;
  healthyHosts: ProxyMetric;
  /** Summed per service it gives the host count (HAProxy's state gauge is 1 in exactly one state per server). */
  allHosts: ProxyMetric;
  healthCheckFailures: ProxyMetric;
  membershipChanges?: ProxyMetric;
  hostState?: ProxyMetric;
  hostDowntimeSeconds?: ProxyMetric;
  idleConnections?: ProxyMetric;
  usedConnections?: ProxyMetric;
  /** Effective and configured host weight: their ratio ramps from 0 to 1 during slow start. */
  effectiveWeight?: ProxyMetric;
  configuredWeight?: ProxyMetric;
  /** Per-host 5xx, where the proxy counts responses per host. */
  hostResponses5xx?: ProxyMetric;
  hostResponseErrors?: ProxyMetric;
}

export interface ProxyProfile {
  id: ProxyId;
  name: string;
  /** The label that names a service: Envoy's is the `${label}` variable (source, envoy_cluster_name); HAProxy's backend is `proxy`. */
  serviceLabel: string;
  /** The label that names one host of a service; Envoy's Prometheus stats are per cluster and have none. */
  hostLabel?: string;
  provider: string;
  /**
   * How `requests` counts a retried request: every attempt (Envoy's upstream_rq_total), or once, with each further
   * attempt counted as a retry or a redispatch (HAProxy's wretr/wredis: one or the other per attempt).
   */
  requestsCount: 'everyAttempt' | 'once';
  signals: ProxySignals;
}

const m = (metric: string, matcher?: string): ProxyMetric => (matcher ? { metric, matcher } : { metric });

export const ENVOY: ProxyProfile = {
  id: 'envoy',
  name: 'Envoy',
  serviceLabel: VAR_SERVICE_LABEL_EXPR,
  provider: ENVOY_CLUSTER_STATS,
  requestsCount: 'everyAttempt',
  signals: {
    responses: m(envoy.RQ_XX),
    responses5xx: m(envoy.RQ_XX, envoy.CLASS_5XX),
    requests: m(envoy.RQ_TOTAL),
    upstreamResets: m(envoy.RX_RESET),
    remoteCloses: m(envoy.DESTROY_REMOTE),
    remoteClosesWithActiveRq: m(envoy.DESTROY_REMOTE_ACTIVE),
    retries: m(envoy.RETRY),
    retrySuccesses: m(envoy.RETRY_SUCCESS),
    downstreamRequests: { metric: envoy.DOWNSTREAM_RQ_TOTAL, provider: ENVOY_HTTP_STATS },
    downstreamResponses5xx: { metric: envoy.DOWNSTREAM_RQ_XX, matcher: envoy.CLASS_5XX, provider: ENVOY_HTTP_STATS },
    retryOverflows: m(envoy.RETRY_OVERFLOW),
    retryLimitExceeded: m(envoy.RETRY_LIMIT_EXCEEDED),
    downstreamLocalClosesWithActiveRq: { metric: envoy.DOWNSTREAM_LOCAL_ACTIVE, provider: ENVOY_HTTP_STATS },
    poolOverflows: [m(envoy.CX_OVERFLOW), m(envoy.CX_POOL_OVERFLOW)],
    pendingOverflows: m(envoy.PENDING_OVERFLOW),
    noneHealthy: m(envoy.NONE_HEALTHY),
    waiting: m(envoy.PENDING_ACTIVE),
    latencyHistogram: envoy.RQ_TIME,
    requestTimeouts: m(envoy.RQ_TIMEOUT),
    connectFailures: m(envoy.CX_CONNECT_TIMEOUT),
    recycledAtMaxRequests: m(envoy.MAX_REQUESTS),
    closedAtIdleTimeout: m(envoy.IDLE_TIMEOUT),
    connectionLifetimeHistogram: envoy.CX_LENGTH,
    hostsOut: m(envoy.OD_EJECTIONS_ACTIVE),
    ejectionsByReason: [
      { reason: 'consecutive 5xx', counter: m(envoy.OD_ENFORCED_5XX) },
      { reason: 'gateway failure', counter: m(envoy.OD_ENFORCED_GATEWAY) },
      { reason: 'success rate', counter: m(envoy.OD_ENFORCED_SUCCESS_RATE) },
    ],
    ejections: m(envoy.OD_EJECTIONS_ENFORCED),
    healthyHosts: m(envoy.MEMBERSHIP_HEALTHY),
    allHosts: m(envoy.MEMBERSHIP_TOTAL),
    healthCheckFailures: m(envoy.HC_FAILURE),
    membershipChanges: m(envoy.MEMBERSHIP_CHANGE),
  },
};

export const HAPROXY: ProxyProfile = {
  id: 'haproxy',
  name: 'HAProxy',
  serviceLabel: 'proxy',
  hostLabel: 'server',
  provider: HAPROXY_EXPORTER,
  requestsCount: 'once',
  signals: {
    responses: m(ha.HA_BACKEND_RESPONSES),
    responses5xx: m(ha.HA_BACKEND_RESPONSES, ha.HA_CODE_5XX),
    requests: m(ha.HA_BACKEND_REQUESTS),
    upstreamResets: m(ha.HA_BACKEND_RESPONSE_ERRORS),
    retries: m(ha.HA_BACKEND_RETRIES),
    redispatches: m(ha.HA_BACKEND_REDISPATCHES),
    waiting: m(ha.HA_BACKEND_QUEUE),
    latencyMeanSeconds: m(ha.HA_BACKEND_RESPONSE_TIME),
    connectFailures: m(ha.HA_BACKEND_CONNECTION_ERRORS),
    hostsOut: m(ha.HA_SERVER_STATUS, 'state="DOWN"'),
    ejectionsByReason: [{ reason: 'failed checks', counter: m(ha.HA_SERVER_UP_DOWN) }],
    ejections: m(ha.HA_SERVER_UP_DOWN),
    healthyHosts: m(ha.HA_BACKEND_ACTIVE_SERVERS),
    allHosts: m(ha.HA_SERVER_STATUS),
    healthCheckFailures: m(ha.HA_SERVER_CHECK_FAILURES),
    hostState: m(ha.HA_SERVER_STATUS, 'state!="UP"'),
    hostDowntimeSeconds: m(ha.HA_SERVER_DOWNTIME),
    idleConnections: m(ha.HA_SERVER_IDLE_CONNECTIONS),
    usedConnections: m(ha.HA_SERVER_USED_CONNECTIONS),
    effectiveWeight: m(ha.HA_SERVER_WEIGHT),
    configuredWeight: m(ha.HA_SERVER_USER_WEIGHT),
    hostResponses5xx: m(ha.HA_SERVER_RESPONSES, ha.HA_CODE_5XX),
    hostResponseErrors: m(ha.HA_SERVER_RESPONSE_ERRORS),
  },
};

/** Every proxy the catalogue renders for; the first is the default. */
export const PROXIES: readonly ProxyProfile[] = [ENVOY, HAPROXY];
export const DEFAULT_PROXY: ProxyId = 'envoy';

export function proxyProfile(id: ProxyId): ProxyProfile {
  const profile = PROXIES.find((p) => p.id === id);
  if (!profile) {
    throw new Error(`Unknown proxy "${id}": choose one of ${PROXIES.map((p) => p.id).join(', ')}`);
  }
  return profile;
}

export function isProxyId(value: string): value is ProxyId {
  return PROXIES.some((p) => p.id === value);
}
