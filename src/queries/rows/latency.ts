import { ENVOY_CLUSTER_STATS, NGINX_INGRESS } from '../providers';
import { BY_SERVICE, rate, serviceQuantile, serviceRate, sumBy } from '../selectors';
import type { CatalogueQuery } from '../types';
import { NGINX_DURATION, RQ_TIME } from '../metricNames';

export const latencyQueries: CatalogueQuery[] = [
  {
    id: 'upstreamLatencyP99',
    row: 'latency',
    title: 'Upstream p99 latency by service',
    description:
      'The slowest 1% of upstream calls. Seed 24h baselines: pull 1.8 s, next-pwa-app 1.5 s, api-lazlo-sox 1.0 s, api-proxy 0.87 s. A p99 that climbs towards the route timeout before a burst means requests wait on unusable pooled connections. Next: the timeout row.',
    unit: 'ms',
    expr: serviceQuantile(0.99, `${RQ_TIME}_bucket`),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [`${RQ_TIME}_bucket`],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 1500,
  },
  {
    id: 'upstreamLatencyP50',
    row: 'latency',
    title: 'Upstream p50 latency by service',
    description:
      'The median upstream call. If p50 is flat while p99 climbs, a minority of requests is stuck (stale sockets, queueing); if both climb, the backend itself is slow. Next: compare with pending requests in the pool row.',
    unit: 'ms',
    expr: serviceQuantile(0.5, `${RQ_TIME}_bucket`),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [`${RQ_TIME}_bucket`],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'upstreamLatencyMean',
    row: 'latency',
    title: 'Upstream mean latency by service',
    description:
      'Total upstream time ÷ requests (histogram sum and count). Cheap and exact where quantiles are estimates; a mean that moves with p99 says the whole distribution shifted. Next: p50 vs p99 to tell a stuck tail from a slow backend.',
    unit: 'ms',
    expr: `${serviceRate(`${RQ_TIME}_sum`)} / ${serviceRate(`${RQ_TIME}_count`)}`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [`${RQ_TIME}_sum`, `${RQ_TIME}_count`],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'ingressLatencyP99',
    row: 'latency',
    title: 'Ingress p99 latency (nginx)',
    description:
      'End-user latency at the nginx ingress controller. It covers only the traffic that goes through ingress-nginx (in the seed, monitoring ingresses, not the app path). Above a few seconds users give up (499). Next: 499s in the timeout row.',
    unit: 's',
    expr: `histogram_quantile(0.99, ${sumBy('le, ingress', rate(`${NGINX_DURATION}_bucket`, ''))})`,
    legend: '{{ingress}}',
    visual: 'timeseries',
    metrics: [`${NGINX_DURATION}_bucket`],
    provider: NGINX_INGRESS,
    badAbove: 2,
  },
];
