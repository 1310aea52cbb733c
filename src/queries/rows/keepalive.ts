import { ENVOY_CLUSTER_STATS } from '../providers';
import { BY_SERVICE, SERVICE_MATCHER, matchers, rate, serviceRate, sumBy } from '../selectors';
import type { CatalogueQuery } from '../types';
import { IDLE_TIMEOUT, MAX_REQUESTS } from '../metricNames';

export const keepaliveQueries: CatalogueQuery[] = [
  {
    id: 'keepaliveCyclingRate',
    row: 'keepalive',
    title: 'Keep-alive cycling (max requests + idle timeout)',
    description:
      'Connections Envoy retires on purpose: after maxRequestsPerConnection or connectionIdleTimeout. After the fix this should be steady and non-zero (connections are recycled before the backend can leave them half-closed). Zero means stale sockets live until the backend closes them. Next: the two panels to the right, per reason.',
    unit: 'cps',
    expr: sumBy(
      BY_SERVICE,
      `${rate(MAX_REQUESTS, matchers(SERVICE_MATCHER))} + ${rate(IDLE_TIMEOUT, matchers(SERVICE_MATCHER))}`
    ),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [MAX_REQUESTS, IDLE_TIMEOUT],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'maxRequestsRecycleRate',
    row: 'keepalive',
    title: 'Recycled at maxRequestsPerConnection',
    description:
      'Connections closed because they served maxRequestsPerConnection requests. Validates the per-connection limit after the fix; zero on a busy service means the limit is unset. Next: set it so a connection lives minutes, not hours.',
    unit: 'cps',
    expr: serviceRate(MAX_REQUESTS),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [MAX_REQUESTS],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'idleTimeoutRate',
    row: 'keepalive',
    title: 'Closed at idle timeout',
    description:
      "Kept-alive connections closed by Envoy after connectionIdleTimeout. The idle timeout must be shorter than the backend's keep-alive timeout, or the backend closes first and Envoy reuses a half-closed socket. Next: compare both timeouts; rx_reset should fall as this rises.",
    unit: 'cps',
    expr: serviceRate(IDLE_TIMEOUT),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [IDLE_TIMEOUT],
    provider: ENVOY_CLUSTER_STATS,
  },
];
