import { ENVOY_CLUSTER_STATS } from '../providers';
import {
  BY_SERVICE,
  MIN_RETRIES_PER_SECOND,
  RANGE,
  SERVICE_MATCHER,
  guardedServiceRatio,
  matchers,
  rate,
  serviceQuantile,
  sumBy,
} from '../selectors';
import type { CatalogueQuery } from '../types';

const RX_RESET = 'envoy_cluster_upstream_rq_rx_reset';
const PENDING_OVERFLOW = 'envoy_cluster_upstream_rq_pending_overflow';
const RQ_TIME_BUCKET = 'envoy_cluster_upstream_rq_time_bucket';
const RETRY = 'envoy_cluster_upstream_rq_retry';
const RETRY_SUCCESS = 'envoy_cluster_upstream_rq_retry_success';

function serviceIncrease(metric: string): string {
  return sumBy(BY_SERVICE, `increase(${metric}${matchers(SERVICE_MATCHER)}[${RANGE}])`);
}

// Whole-range figures for `connhealth report` (seed 000 section 6 tables); instant queries over $__range.
export const reportTotalQueries: CatalogueQuery[] = [
  {
    id: 'rxResetVolume',
    row: 'impact',
    title: 'Stream resets from upstream (whole range)',
    description:
      'Resets received from backends over the selected range, by service (seed: small absolute numbers that cluster in the burst windows). Any non-zero total is worth a look; it should be 0 after the fix. Next: the burst list, to see whether the resets fall inside bursts.',
    unit: 'short',
    expr: `sort_desc(${serviceIncrease(RX_RESET)})`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'table',
    instant: true,
    metrics: [RX_RESET],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'pendingOverflowVolume',
    row: 'impact',
    title: 'Pending queue overflow (whole range)',
    description:
      'Requests rejected before a connection was assigned, over the selected range (seed: api-lazlo-sox 101,821 in 30 days). Non-zero with pool overflow at 0 means backend latency backs up the queue. Next: p99 latency of the same service and its timeout budget.',
    unit: 'short',
    expr: `sort_desc(${serviceIncrease(PENDING_OVERFLOW)})`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'table',
    instant: true,
    metrics: [PENDING_OVERFLOW],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'upstreamLatencyP99Baseline',
    row: 'impact',
    title: 'Upstream p99 latency baseline (whole window)',
    description:
      'p99 of upstream call time over the whole window, by service (seed, 24 h: pull 1.8 s, next-pwa-app 1.5 s, api-lazlo-sox 1.0 s, api-proxy 0.87 s). Above 1.5 s degrades conversion even outside bursts. Next: the timeout budget of the slowest service.',
    unit: 'ms',
    expr: serviceQuantile(0.99, RQ_TIME_BUCKET, RANGE),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'table',
    instant: true,
    metrics: [RQ_TIME_BUCKET],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 1500,
  },
  {
    id: 'retrySuccessRatioOverRange',
    row: 'impact',
    title: 'Retry success ratio (whole range)',
    description: `Successful retries ÷ retries over the selected range, shown only above ${MIN_RETRIES_PER_SECOND} retries/s on average. Near 0 (seed: 0.004% on next-pwa-app) means retries protect no user and only add load. Next: cap retries or add a retry budget.`,
    unit: 'percentunit',
    expr: guardedServiceRatio(
      sumBy(BY_SERVICE, rate(RETRY_SUCCESS, matchers(SERVICE_MATCHER), RANGE)),
      sumBy(BY_SERVICE, rate(RETRY, matchers(SERVICE_MATCHER), RANGE)),
      MIN_RETRIES_PER_SECOND
    ),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'table',
    instant: true,
    metrics: [RETRY_SUCCESS, RETRY],
    provider: ENVOY_CLUSTER_STATS,
    badBelow: 0.5,
  },
];
