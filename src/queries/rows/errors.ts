import { ENVOY_CLUSTER_STATS, KUBE_STATE_METRICS } from '../providers';
import {
  BY_SERVICE,
  MIN_REQUESTS_PER_SECOND,
  NAMESPACE_MATCHER,
  RANGE,
  RATE_INTERVAL,
  SERVICE_MATCHER,
  guardedServiceRatio,
  matchers,
  serviceRate,
  sumBy,
} from '../selectors';
import type { CatalogueQuery } from '../types';
import { CLASS_5XX, RESTARTS, RQ_XX } from '../metricNames';

export const errorQueries: CatalogueQuery[] = [
  {
    id: 'upstream5xxRate',
    row: 'errors',
    title: 'Upstream 5xx rate by service',
    description:
      'Upstream responses with a 5xx code per second, per service. Bursts (seed: api-proxy 4–8/s typical, 15–20/s in a CLOSE_WAIT burst) that end when pods restart are the pattern. Next: check the CLOSE_WAIT proxy row for the same service and time.',
    unit: 'reqps',
    expr: serviceRate(RQ_XX, CLASS_5XX),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_XX],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'upstream5xxRatio',
    row: 'errors',
    title: 'Upstream 5xx ratio by service',
    description: `Share of upstream responses that are 5xx, shown only where the service serves at least ${MIN_REQUESTS_PER_SECOND} req/s. Baseline is ~0.05%; 1–2% is a burst (seed section 9). A ratio that jumps without a traffic change points at connection state, not load. Next: rx_reset and the remote-close ratio below.`,
    unit: 'percentunit',
    expr: guardedServiceRatio(serviceRate(RQ_XX, CLASS_5XX), serviceRate(RQ_XX), MIN_REQUESTS_PER_SECOND),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_XX],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0.01,
  },
  {
    id: 'upstream5xxVolume',
    row: 'errors',
    title: 'Upstream 5xx volume by service (whole range)',
    description:
      '5xx responses over the selected range (the seed reads it over 30 days: api-proxy 17.7M, next-pwa-app 12.1M). The top two user-facing services carried 79% of org-wide 5xx: start there. Next: the 5xx rate panel to see whether the volume is steady or bursty.',
    unit: 'short',
    expr: `sort_desc(${sumBy(BY_SERVICE, `increase(${RQ_XX}${matchers(CLASS_5XX, SERVICE_MATCHER)}[${RANGE}])`)})`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'bargauge',
    instant: true,
    metrics: [RQ_XX],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'upstream5xxDailyRate',
    row: 'errors',
    title: 'Daily 5xx rate (burst pattern)',
    description:
      'Per-day average 5xx/s per service (seed section 6). A typical day sits at a few per second; days at 2–3× are the burst days to correlate with incidents and restarts. Next: zoom into a spike day and read the rows below.',
    unit: 'reqps',
    expr: sumBy(BY_SERVICE, `rate(${RQ_XX}${matchers(CLASS_5XX, SERVICE_MATCHER)}[1d])`),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_XX],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'podRestartRate',
    row: 'errors',
    title: 'Container restarts by namespace',
    description:
      'Container restarts per rate window. Restarts that line up with the end of a 5xx burst are the restart-to-recover pattern (the BET target: at least 50% fewer). Next: kubectl describe pod for OOMKilled vs liveness failures, and ss -s on a sibling pod for CLOSE-WAIT.',
    unit: 'short',
    expr: sumBy('namespace', `increase(${RESTARTS}${matchers(NAMESPACE_MATCHER)}[${RATE_INTERVAL}])`),
    legend: '{{namespace}}',
    visual: 'timeseries',
    metrics: [RESTARTS],
    provider: KUBE_STATE_METRICS,
    badAbove: 0,
  },
  {
    id: 'podRestartsByPod',
    row: 'errors',
    title: 'Pods restarted (whole range)',
    description:
      'Pods with at least one container restart in the selected range, most first (seed appendix, over 30 days). A pod that restarts every few days is being used as the recovery mechanism. Next: compare its restart times with the 5xx bursts above.',
    unit: 'short',
    expr: `sort_desc(${sumBy('namespace, pod', `increase(${RESTARTS}${matchers(NAMESPACE_MATCHER)}[${RANGE}])`)} > 0)`,
    legend: '{{namespace}}/{{pod}}',
    visual: 'table',
    instant: true,
    metrics: [RESTARTS],
    provider: KUBE_STATE_METRICS,
  },
];
