import { perProxy, variant } from '../proxyEntry';
import type { ProxyProfile } from '../proxyProfiles';
import { guardedRatio, serviceLegend, signalQuantile, signalRate, tagged } from '../proxySelectors';
import { MIN_REMOTE_CLOSES_PER_SECOND, RANGE, RATE_INTERVAL } from '../selectors';
import type { CatalogueEntry, ProxyVariant } from '../types';

// Issue 12: where each backend closes idle connections, from Envoy's connection lifetimes and close counters.
const NO_LIFETIMES =
  "HAProxy's exporter has no connection-lifetime histogram: compare `timeout http-keep-alive` and `pool-purge-delay` with the servers' keep-alive timeouts by hand.";

/** The `quantile` label of the lifetime queries. */
export const LIFETIME_P05 = '0.05';
export const LIFETIME_P50 = '0.5';

function lifetimes(p: ProxyProfile, window: string): ProxyVariant | undefined {
  const histogram = p.signals.connectionLifetimeHistogram;
  if (!histogram) {
    return undefined;
  }
  const expr = tagged(
    'quantile',
    [LIFETIME_P05, LIFETIME_P50].map((q) => ({ value: q, expr: signalQuantile(p, Number(q), histogram, window) }))
  );
  return variant(p, expr, [`${histogram}_bucket`], { legend: `${serviceLegend(p)} p{{quantile}}` });
}

export const keepaliveRaceQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'connectionLifetime',
      row: 'keepalive',
      title: 'Upstream connection lifetime (p5, p50)',
      description:
        "How long upstream connections live before either side closes them. When remote closes dominate, the side closing idle connections is the backend, at or below the p50: a p50 under the proxy's idle timeout means the proxy keeps idle connections longer than the backend does — the race behind remote closes with active requests and rx_reset (istio/istio#49480). Next: `connhealth report --timeouts FILE` with the proxy idle timeout, or set the proxy's connectionIdleTimeout below the p5.",
      unit: 'ms',
      visual: 'timeseries',
    },
    (p) => lifetimes(p, RATE_INTERVAL),
    { haproxy: NO_LIFETIMES }
  ),
  perProxy(
    {
      id: 'connectionLifetimeOverRange',
      row: 'impact',
      title: 'Upstream connection lifetime (p5, p50; whole range)',
      description:
        'Connection lifetime quantiles over the selected range, by service: the keep-alive race detector reads them. Next: the remote-close share over the same range.',
      unit: 'ms',
      visual: 'table',
      instant: true,
    },
    (p) => lifetimes(p, RANGE),
    { haproxy: NO_LIFETIMES }
  ),
  perProxy(
    {
      id: 'remoteCloseShareOverRange',
      row: 'impact',
      title: 'Connections closed by the backend (share, whole range)',
      description: `Remote closes ÷ (remote closes + closes at the proxy's idle timeout + recycles at max requests) over the range, shown above ${MIN_REMOTE_CLOSES_PER_SECOND} closes/s. Above 50% the backend closes connections before the proxy retires them. Next: connection lifetime against the proxy's idle timeout.`,
      unit: 'percentunit',
      visual: 'table',
      instant: true,
    },
    (p) => {
      const { remoteCloses, closedAtIdleTimeout, recycledAtMaxRequests } = p.signals;
      if (!remoteCloses || !closedAtIdleTimeout || !recycledAtMaxRequests) {
        return undefined;
      }
      const all = [remoteCloses, closedAtIdleTimeout, recycledAtMaxRequests].map((m) => signalRate(p, m, RANGE));
      const expr = guardedRatio(p, all[0], `(${all.join(' + ')})`, MIN_REMOTE_CLOSES_PER_SECOND);
      return variant(p, expr, [remoteCloses, closedAtIdleTimeout, recycledAtMaxRequests]);
    },
    {
      haproxy:
        'HAProxy does not count the server connections it retires on purpose nor those the servers close: there is no share to compute.',
    }
  ),
];
