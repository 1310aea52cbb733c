import { ENVOY_CLUSTER_STATS, ENVOY_HTTP_STATS, NODE_EXPORTER_TCPSTAT } from '../providers';
import {
  BY_SERVICE,
  INSTANCE_MATCHER,
  MIN_REMOTE_CLOSES_PER_SECOND,
  MIN_RETRIES_PER_SECOND,
  guardedServiceRatio,
  matchers,
  serviceRate,
  sumBy,
} from '../selectors';
import type { CatalogueQuery } from '../types';
import {
  DESTROY_REMOTE,
  DESTROY_REMOTE_ACTIVE,
  DOWNSTREAM_LOCAL_ACTIVE,
  RETRY,
  RETRY_SUCCESS,
  RX_RESET,
  TCP_STATES,
} from '../metricNames';

export const closeWaitQueries: CatalogueQuery[] = [
  {
    id: 'rxResetRate',
    row: 'closeWait',
    title: 'Stream resets from upstream (CLOSE_WAIT proxy)',
    description:
      'Resets received from the backend while a request was in flight: the RST Envoy gets when it reuses a socket the backend left in CLOSE_WAIT. The most specific proxy without kernel metrics; should be 0 after the fix. Any sustained non-zero value is bad. Next: run `ss -tan state close-wait` on the backend pod during the burst.',
    unit: 'reqps',
    expr: serviceRate(RX_RESET),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RX_RESET],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'remoteCloseWithActiveRqRatio',
    row: 'closeWait',
    title: 'Remote closes with active requests (ratio)',
    description: `Share of backend-initiated closes that happened while Envoy had requests in flight. Use the ratio, not the count: rolling deployments inflate the count. Above 10% on a service is a structural close problem (seed section 5). Shown only above ${MIN_REMOTE_CLOSES_PER_SECOND} closes/s. Next: find the HttpClient error/halt path that returns without close().`,
    unit: 'percentunit',
    expr: guardedServiceRatio(
      serviceRate(DESTROY_REMOTE_ACTIVE),
      serviceRate(DESTROY_REMOTE),
      MIN_REMOTE_CLOSES_PER_SECOND
    ),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [DESTROY_REMOTE_ACTIVE, DESTROY_REMOTE],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0.1,
  },
  {
    id: 'closeWaitSockets',
    row: 'closeWait',
    title: 'CLOSE_WAIT sockets (direct, per node)',
    description:
      'Sockets in CLOSE_WAIT on each node: the peer closed, the application never did. A count that climbs until a restart and then drops is the leak itself. Counts are host-wide, so compare nodes and watch the trend. Next: `ss -tanp state close-wait` on the node to find the process.',
    unit: 'short',
    expr: sumBy('instance', `${TCP_STATES}${matchers('state="close_wait"', INSTANCE_MATCHER)}`),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [TCP_STATES],
    provider: NODE_EXPORTER_TCPSTAT,
  },
  {
    id: 'retrySuccessRatio',
    row: 'closeWait',
    title: 'Retry success ratio',
    description: `Successful retries ÷ retry attempts, shown only above ${MIN_RETRIES_PER_SECOND} retries/s. Near 0 (seed: next-pwa-app 0.004%) means retries land on the same exhausted pool: they add load and protect no user. Next: cap retries or add a retry budget until the leak is fixed.`,
    unit: 'percentunit',
    expr: guardedServiceRatio(serviceRate(RETRY_SUCCESS), serviceRate(RETRY), MIN_RETRIES_PER_SECOND),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RETRY_SUCCESS, RETRY],
    provider: ENVOY_CLUSTER_STATS,
    badBelow: 0.5,
  },
  {
    id: 'retryRate',
    row: 'closeWait',
    title: 'Retry attempts',
    description:
      'Retries Envoy sends per second. Retries that climb while the success ratio collapses amplify a burst (seed: 21.6M retries in 30 days on next-pwa-app). Next: compare with the 5xx rate; if both rise together, retries are adding load.',
    unit: 'reqps',
    expr: serviceRate(RETRY),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RETRY],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'downstreamLocalCloseWithActiveRq',
    row: 'closeWait',
    title: 'Downstream closes with active requests',
    description:
      'The client-facing equivalent of the remote-close signal. Empty or flat while upstream signals burst confirms the problem is upstream-side (the HttpClient close path), as the seed found. A rise here means clients or the ingress are cutting connections too. Next: nginx 499s in the timeout row.',
    unit: 'cps',
    expr: serviceRate(DOWNSTREAM_LOCAL_ACTIVE),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [DOWNSTREAM_LOCAL_ACTIVE],
    provider: ENVOY_HTTP_STATS,
  },
];
