import { ENVOY_CLUSTER_STATS } from '../providers';
import { BY_SERVICE, RATE_INTERVAL, SERVICE_MATCHER, matchers, rate, serviceRate, sumBy } from '../selectors';
import type { CatalogueQuery } from '../types';
import { CX_OVERFLOW, CX_POOL_OVERFLOW, NONE_HEALTHY, PENDING_ACTIVE, PENDING_OVERFLOW } from '../metricNames';

export const poolQueries: CatalogueQuery[] = [
  {
    id: 'poolOverflowRate',
    row: 'pool',
    title: 'Connection pool overflow',
    description:
      "Requests refused because the connection pool or circuit breaker was full: a direct 503 source. Should be 0. Zero while 5xx burst (the seed's finding) means the pool is open but holds dead CLOSE_WAIT sockets. Next: the pending overflow and no-healthy-upstream panels.",
    unit: 'reqps',
    expr: sumBy(
      BY_SERVICE,
      `${rate(CX_OVERFLOW, matchers(SERVICE_MATCHER), RATE_INTERVAL)} + ${rate(CX_POOL_OVERFLOW, matchers(SERVICE_MATCHER), RATE_INTERVAL)}`
    ),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [CX_OVERFLOW, CX_POOL_OVERFLOW],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'pendingOverflowRate',
    row: 'pool',
    title: 'Pending queue overflow',
    description:
      'Requests rejected before a connection was assigned because the pending queue was full (seed: api-lazlo-sox 101,821 in 30 days). With pool overflow at 0 this is backend latency backing up the queue: a timeout-budget misalignment. Next: p99 latency and the timeout row for the same service.',
    unit: 'reqps',
    expr: `sort_desc(${serviceRate(PENDING_OVERFLOW)})`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [PENDING_OVERFLOW],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'noHealthyUpstreamRate',
    row: 'pool',
    title: 'No healthy upstream',
    description:
      "Requests that found no healthy host: it fires after stale connections and outlier ejection have consumed the whole pool. Any non-zero value is a user-visible outage for that service. Next: Envoy outlier ejections and the pods' readiness; a restart is usually imminent.",
    unit: 'reqps',
    expr: serviceRate(NONE_HEALTHY),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [NONE_HEALTHY],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'pendingRequests',
    row: 'pool',
    title: 'Requests waiting for a connection',
    description:
      'Requests queued for a pool connection right now. A queue that grows while request rate is flat means connections are held but not usable. Next: pending overflow above, and CLOSE_WAIT sockets on the backend nodes.',
    unit: 'short',
    expr: sumBy(BY_SERVICE, `${PENDING_ACTIVE}${matchers(SERVICE_MATCHER)}`),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [PENDING_ACTIVE],
    provider: ENVOY_CLUSTER_STATS,
  },
];
