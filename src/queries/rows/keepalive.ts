import { perProxy, variant } from '../proxyEntry';
import { signalRate, signalSelector } from '../proxySelectors';
import { rate, sumBy } from '../selectors';
import type { CatalogueEntry, EntryCommon } from '../types';

const NO_RECYCLING_COUNT =
  "HAProxy does not count the server connections it retires on purpose (pool-purge-delay, max-reuse); set `http-reuse` and `pool-purge-delay` shorter than the servers' keep-alive timeout instead.";

function keepaliveEntry(common: EntryCommon, pick: 'recycled' | 'idle' | 'both'): CatalogueEntry {
  return perProxy(
    common,
    (p) => {
      const { recycledAtMaxRequests: recycled, closedAtIdleTimeout: idle } = p.signals;
      if (!recycled || !idle) {
        return undefined;
      }
      if (pick === 'both') {
        const rates = [recycled, idle].map((m) => rate(m.metric, signalSelector(p, m))).join(' + ');
        return variant(p, sumBy(p.serviceLabel, rates), [recycled, idle]);
      }
      const m = pick === 'recycled' ? recycled : idle;
      return variant(p, signalRate(p, m), [m]);
    },
    { haproxy: NO_RECYCLING_COUNT }
  );
}

export const keepaliveQueries: CatalogueEntry[] = [
  keepaliveEntry(
    {
      id: 'keepaliveCyclingRate',
      row: 'keepalive',
      title: 'Keep-alive cycling (max requests + idle timeout)',
      description:
        'Connections Envoy retires on purpose: after maxRequestsPerConnection or connectionIdleTimeout. After the fix this should be steady and non-zero (connections are recycled before the backend can leave them half-closed). Zero means stale sockets live until the backend closes them. Next: the two panels to the right, per reason.',
      unit: 'cps',
      visual: 'timeseries',
    },
    'both'
  ),
  keepaliveEntry(
    {
      id: 'maxRequestsRecycleRate',
      row: 'keepalive',
      title: 'Recycled at maxRequestsPerConnection',
      description:
        'Connections closed because they served maxRequestsPerConnection requests. Validates the per-connection limit after the fix; zero on a busy service means the limit is unset. Next: set it so a connection lives minutes, not hours.',
      unit: 'cps',
      visual: 'timeseries',
    },
    'recycled'
  ),
  keepaliveEntry(
    {
      id: 'idleTimeoutRate',
      row: 'keepalive',
      title: 'Closed at idle timeout',
      description:
        "Kept-alive connections closed by Envoy after connectionIdleTimeout. The idle timeout must be shorter than the backend's keep-alive timeout, or the backend closes first and Envoy reuses a half-closed socket. Next: compare both timeouts; rx_reset should fall as this rises.",
      unit: 'cps',
      visual: 'timeseries',
    },
    'idle'
  ),
];
