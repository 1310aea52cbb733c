import { ENVOY_CLUSTER_STATS, ENVOY_HTTP_STATS } from '../providers';
import { BY_SERVICE, serviceRate } from '../selectors';
import type { CatalogueQuery } from '../types';
import { DOWNSTREAM_RQ_TOTAL, RQ_TOTAL } from '../metricNames';

// Inputs of the business-impact model that the Stream 2 rows do not show.
export const impactInputQueries: CatalogueQuery[] = [
  {
    id: 'upstreamRequestRate',
    row: 'impact',
    title: 'Upstream request rate by service',
    description:
      'Upstream API calls per second per service: the traffic a burst error rate applies to (seed: 4,700 req/s on next-pwa-app at peak). Next: the 5xx ratio for the same service.',
    unit: 'reqps',
    expr: serviceRate(RQ_TOTAL),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_TOTAL],
    provider: ENVOY_CLUSTER_STATS,
  },
  {
    id: 'downstreamPageRate',
    row: 'impact',
    title: 'Downstream page requests by service',
    description:
      'Requests a service receives from its clients; for the SSR frontend these are page renders (seed: ~205/s at peak). Next: API calls per page.',
    unit: 'reqps',
    expr: serviceRate(DOWNSTREAM_RQ_TOTAL),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [DOWNSTREAM_RQ_TOTAL],
    provider: ENVOY_HTTP_STATS,
  },
  {
    id: 'apiCallsPerPage',
    row: 'impact',
    title: 'Upstream API calls per page render',
    description:
      "Upstream calls ÷ downstream requests of the same service. The seed had to assume ~23 for next-pwa-app and called it the biggest uncertainty: 10 doubles the impact, 40 halves it. Next: use the frontend service's value in the impact model.",
    unit: 'none',
    expr: `${serviceRate(RQ_TOTAL)} / ${serviceRate(DOWNSTREAM_RQ_TOTAL)}`,
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_TOTAL, DOWNSTREAM_RQ_TOTAL],
    provider: ENVOY_HTTP_STATS,
  },
];
