import { NGINX_INGRESS } from '../providers';
import { perProxy, proxyIndependent, variant } from '../proxyEntry';
import { signalAverage, signalQuantile, signalRate } from '../proxySelectors';
import { rate, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';
import { NGINX_DURATION } from '../metricNames';

export const NO_HISTOGRAM =
  "HAProxy 2.6's exporter has no latency histogram, only the mean of the last 1,024 responses (the mean latency panel).";

function quantileEntry(
  id: string,
  quantile: number,
  title: string,
  description: string,
  badAbove?: number
): CatalogueEntry {
  return perProxy(
    { id, row: 'latency', title, description, unit: 'ms', visual: 'timeseries', ...(badAbove ? { badAbove } : {}) },
    (p) => {
      const histogram = p.signals.latencyHistogram;
      return histogram ? variant(p, signalQuantile(p, quantile, histogram), [`${histogram}_bucket`]) : undefined;
    },
    { haproxy: NO_HISTOGRAM }
  );
}

export const latencyQueries: CatalogueEntry[] = [
  quantileEntry(
    'upstreamLatencyP99',
    0.99,
    'Upstream p99 latency by service',
    'The slowest 1% of upstream calls. Seed 24h baselines: pull 1.8 s, next-pwa-app 1.5 s, api-lazlo-sox 1.0 s, api-proxy 0.87 s. A p99 that climbs towards the route timeout before a burst means requests wait on unusable pooled connections. Next: the timeout row.',
    1500
  ),
  quantileEntry(
    'upstreamLatencyP50',
    0.5,
    'Upstream p50 latency by service',
    'The median upstream call. If p50 is flat while p99 climbs, a minority of requests is stuck (stale sockets, queueing); if both climb, the backend itself is slow. Next: compare with pending requests in the pool row.'
  ),
  perProxy(
    {
      id: 'upstreamLatencyMean',
      row: 'latency',
      title: 'Upstream mean latency by service',
      description:
        'Total upstream time ÷ requests (histogram sum and count). Cheap and exact where quantiles are estimates; a mean that moves with p99 says the whole distribution shifted. Next: p50 vs p99 to tell a stuck tail from a slow backend.',
      unit: 'ms',
      visual: 'timeseries',
    },
    (p) => {
      const { latencyHistogram: histogram, latencyMeanSeconds: mean } = p.signals;
      if (histogram) {
        const [sum, count] = [`${histogram}_sum`, `${histogram}_count`];
        return variant(p, `${signalRate(p, { metric: sum })} / ${signalRate(p, { metric: count })}`, [sum, count]);
      }
      if (!mean) {
        return undefined;
      }
      // Seconds to the panel's milliseconds; a mean of means across HAProxy processes, not weighted by traffic.
      return variant(p, `${signalAverage(p, mean)} * 1000`, [mean], {
        description:
          "HAProxy's mean response time of the last 1,024 responses per backend (response_time_average_seconds), in ms. A mean that climbs towards `timeout server` means requests wait on a server whose own pool is exhausted; HAProxy 2.6 exports no histogram, so there is no p99 to compare. Next: the queue and the idle/used connections in the Pool Exhaustion row.",
      });
    }
  ),
  proxyIndependent({
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
  }),
];
