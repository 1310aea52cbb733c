import { logNormal } from './latency';
import { SERVICES } from './scenario';
import { bucketShare, meanOf, type ServiceStep } from './stepState';
import type { SeriesSpec } from './series';

// Issue 12: where each backend closes idle connections, seen through Envoy's connection-lifetime histogram.
/** The proxy idle timeout the simulated fleet is configured with (a setting, not a metric). */
export const SIMULATED_PROXY_IDLE_MS = 60_000;

/** Each backend's keep-alive timeout: next-pwa-app keeps Node's 5 s default, shorter than the proxy's (the race). */
export const BACKEND_KEEPALIVE_MS: Record<string, number> = {
  'api-proxy': 75_000,
  'next-pwa-app': 5_000,
  'api-lazlo': 120_000,
  'api-lazlo-sox': 300_000,
};

// Envoy's default histogram buckets, within the lifetimes simulated.
export const CX_LENGTH_BUCKETS_MS = [100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000];

/** The side that closes idle connections first decides a connection's lifetime: a little above its timeout. */
export function lifetimeMs(cluster: string) {
  const closesAt = Math.min(BACKEND_KEEPALIVE_MS[cluster], SIMULATED_PROXY_IDLE_MS);
  return logNormal(1.2 * closesAt, 3 * closesAt);
}

export function keepAliveSeries(index: number): SeriesSpec[] {
  const p = SERVICES[index];
  const labels = { job: 'envoy-stats', source: p.source, envoy_cluster_name: p.cluster };
  const family = 'envoy_cluster_upstream_cx_length_ms';
  const closes = (x: ServiceStep) => x.requestsPerSecond * 0.0007;
  const lifetime = lifetimeMs(p.cluster);
  const histogram = (suffix: string, f: (x: ServiceStep) => number, extra: Record<string, string> = {}): SeriesSpec => ({
    name: `${family}${suffix}`,
    family,
    familyType: 'histogram',
    labels: { ...labels, ...extra },
    kind: 'counter',
    value: (s) => f(s.services[index]) * s.step,
    resetsWith: index,
  });
  return [
    ...[...CX_LENGTH_BUCKETS_MS.map(String), '+Inf'].map((le) =>
      histogram('_bucket', (x) => closes(x) * (le === '+Inf' ? 1 : bucketShare(lifetime, Number(le))), { le })
    ),
    histogram('_sum', (x) => closes(x) * meanOf(lifetime)),
    histogram('_count', closes),
  ];
}
