import { perProxy, variant } from '../proxyEntry';
import { signalQuantile } from '../proxySelectors';
import { RANGE, RATE_INTERVAL } from '../selectors';
import type { CatalogueEntry, EntryCommon } from '../types';
import { NO_HISTOGRAM } from './latency';

// Issue 12: the measured side of the timeout budget; the timeouts themselves are settings, not metrics.
function p999Entry(common: EntryCommon, window: string): CatalogueEntry {
  return perProxy(
    common,
    (p) => {
      const histogram = p.signals.latencyHistogram;
      return histogram ? variant(p, signalQuantile(p, 0.999, histogram, window), [`${histogram}_bucket`]) : undefined;
    },
    { haproxy: NO_HISTOGRAM }
  );
}

export const timeoutBudgetQueries: CatalogueEntry[] = [
  p999Entry(
    {
      id: 'upstreamLatencyP999',
      row: 'timeouts',
      title: 'Upstream p999 latency vs the route timeout',
      description:
        "The slowest 0.1% of upstream calls: what the proxy route timeout must outlast. A p999 at the route timeout means those requests time out; a route timeout at or above the edge's means the edge answers 504 first and hides the real failure (seed 001). Next: `connhealth report --timeouts FILE` compares each hop's timeout with this and with its dependency's.",
      unit: 'ms',
      visual: 'timeseries',
    },
    RATE_INTERVAL
  ),
  p999Entry(
    {
      id: 'upstreamLatencyP999Baseline',
      row: 'impact',
      title: 'Upstream p999 latency (whole window)',
      description:
        'p999 of upstream call time over the whole window, by service: the measured side of the timeout budget. Next: compare with the proxy route and edge timeouts.',
      unit: 'ms',
      visual: 'table',
      instant: true,
    },
    RANGE
  ),
];
