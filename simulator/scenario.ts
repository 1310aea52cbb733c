// The CLOSE_WAIT cascade of seed 000 as data: services, bursts and the confounders that must not look like bursts.
export const SERVICE_PREFIX = 'conveyor-cloud.ns.';
export const DEFAULT_END = '2026-04-16T00:00:00Z';
export const DEFAULT_DAYS = 30;
export const DEFAULT_SEED = 42;
/** Seconds between samples: 60 s keeps ~220 series × 30 days near 9.5 M samples. */
export const STEP_SECONDS = 60;

export interface ServiceProfile {
  /** Value of the `source` label (the seed's Conveyor naming). */
  source: string;
  /** Value of the `envoy_cluster_name` label, so tests can prove the service label is a parameter. */
  cluster: string;
  namespace: string;
  /** Node (`instance`) the service's pods run on. */
  instance: string;
  /** Mean upstream requests/s over a day; the daily cycle peaks at 1.45× this. */
  requestRate: number;
  baselineErrorRatio: number;
  /** Upstream calls per downstream request (≈23 for the SSR frontend: one page render fans out). */
  callsPerDownstream: number;
  retrySuccessRatio: number;
  /** Baseline retries per upstream request. */
  retryShare: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  pendingOverflowPerSecond: number;
}

export const SERVICES: ServiceProfile[] = [
  service('api-proxy-production', 'api-proxy', '10.0.1.11:9100', 4200, 0.001, 1, 0.04, 0.0004, 120, 870, 0),
  service('next-pwa-app-production', 'next-pwa-app', '10.0.1.12:9100', 3240, 0.0005, 23, 0.00004, 0.002, 180, 1480, 0),
  service('api-lazlo-production', 'api-lazlo', '10.0.1.13:9100', 1500, 0.001, 1, 0.936, 0.0002, 90, 700, 0.0006),
  service('api-lazlo-sox', 'api-lazlo-sox', '10.0.1.13:9100', 400, 0.0005, 1, 0.5, 0.0002, 150, 1000, 0.04),
];

export const INSTANCES = ['10.0.1.11:9100', '10.0.1.12:9100', '10.0.1.13:9100'];
export const PODS_PER_SERVICE = 3;
export const INGRESSES = ['grafana', 'prometheus'];

export type BurstCause = 'close_wait' | 'upstream_dependency';

export interface BurstPlan {
  service: string;
  /** Burst start, hours before the data end (negative offsets are outside the data). */
  hoursBeforeEnd: number;
  minutes: number;
  /** 5xx ratio at the burst's plateau. */
  errorRatio: number;
  cause: BurstCause;
}

export interface EventPlan {
  kind: 'deployment' | 'counter_reset' | 'ingress_499_surge';
  service?: string;
  ingress?: string;
  hoursBeforeEnd: number;
  minutes: number;
}

const END_HOURS = (iso: string) => (Date.parse(DEFAULT_END) - Date.parse(iso)) / 3_600_000;

// Dates follow the seed: a coordinated spike on Mar 19, a lazlo spike on Apr 8, the worst event on Apr 13.
export const BURSTS: BurstPlan[] = [
  burst('next-pwa-app-production', '2026-03-19T15:00:00Z', 40, 0.015, 'close_wait'),
  burst('api-proxy-production', '2026-03-19T15:05:00Z', 35, 0.012, 'close_wait'),
  burst('api-proxy-production', '2026-03-24T20:00:00Z', 25, 0.01, 'close_wait'),
  burst('next-pwa-app-production', '2026-03-29T16:00:00Z', 30, 0.014, 'close_wait'),
  burst('api-lazlo-sox', '2026-04-02T10:00:00Z', 20, 0.012, 'upstream_dependency'),
  burst('api-lazlo-production', '2026-04-08T13:00:00Z', 45, 0.02, 'close_wait'),
  burst('next-pwa-app-production', '2026-04-13T16:00:00Z', 45, 0.02, 'close_wait'),
  burst('api-proxy-production', '2026-04-13T16:10:00Z', 40, 0.022, 'close_wait'),
  // At the daily peak: 4,700 req/s × 1.45% excess × 1,800 s ≈ the seed's 122,700 failures per burst.
  burst('next-pwa-app-production', '2026-04-15T16:45:00Z', 30, 0.0155, 'close_wait'),
];

export const EVENTS: EventPlan[] = [
  {
    kind: 'counter_reset',
    service: `${SERVICE_PREFIX}api-lazlo-production`,
    hoursBeforeEnd: END_HOURS('2026-04-01T03:00:00Z'),
    minutes: 1,
  },
  {
    kind: 'deployment',
    service: `${SERVICE_PREFIX}api-proxy-production`,
    hoursBeforeEnd: END_HOURS('2026-04-06T11:00:00Z'),
    minutes: 20,
  },
  { kind: 'ingress_499_surge', ingress: 'grafana', hoursBeforeEnd: END_HOURS('2026-04-10T21:00:00Z'), minutes: 20 },
  {
    kind: 'deployment',
    service: `${SERVICE_PREFIX}next-pwa-app-production`,
    hoursBeforeEnd: END_HOURS('2026-04-15T18:00:00Z'),
    minutes: 15,
  },
];

/** The SSR frontend whose downstream requests are page renders. */
export const FRONTEND_SOURCE = `${SERVICE_PREFIX}next-pwa-app-production`;

function burst(ns: string, startIso: string, minutes: number, errorRatio: number, cause: BurstCause): BurstPlan {
  return { service: `${SERVICE_PREFIX}${ns}`, hoursBeforeEnd: END_HOURS(startIso), minutes, errorRatio, cause };
}

function service(
  namespace: string,
  cluster: string,
  instance: string,
  requestRate: number,
  baselineErrorRatio: number,
  callsPerDownstream: number,
  retrySuccessRatio: number,
  retryShare: number,
  latencyP50Ms: number,
  latencyP99Ms: number,
  pendingOverflowPerSecond: number
): ServiceProfile {
  return {
    source: `${SERVICE_PREFIX}${namespace}`,
    cluster,
    namespace,
    instance,
    requestRate,
    baselineErrorRatio,
    callsPerDownstream,
    retrySuccessRatio,
    retryShare,
    latencyP50Ms,
    latencyP99Ms,
    pendingOverflowPerSecond,
  };
}
