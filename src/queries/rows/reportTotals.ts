import { perProxy, variant } from '../proxyEntry';
import type { ProxyMetric, ProxyProfile } from '../proxyProfiles';
import { guardedRatio, signalIncrease, signalQuantile, signalRate } from '../proxySelectors';
import { MIN_RETRIES_PER_SECOND, RANGE } from '../selectors';
import type { CatalogueEntry } from '../types';
import { NO_HISTOGRAM } from './latency';

function rangeVolume(p: ProxyProfile, m: ProxyMetric | undefined, title?: string) {
  return m ? variant(p, `sort_desc(${signalIncrease(p, m, RANGE)})`, [m], title ? { title } : {}) : undefined;
}

// Whole-range figures for `connhealth report` (seed 000 section 6 tables); instant queries over $__range.
export const reportTotalQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'rxResetVolume',
      row: 'impact',
      title: 'Stream resets from upstream (whole range)',
      description:
        'Resets received from backends over the selected range, by service (seed: small absolute numbers that cluster in the burst windows). Any non-zero total is worth a look; it should be 0 after the fix. Next: the burst list, to see whether the resets fall inside bursts.',
      unit: 'short',
      visual: 'table',
      instant: true,
    },
    (p) =>
      rangeVolume(
        p,
        p.signals.upstreamResets,
        p.id === 'haproxy' ? 'Response errors from servers (whole range)' : undefined
      )
  ),
  perProxy(
    {
      id: 'pendingOverflowVolume',
      row: 'impact',
      title: 'Pending queue overflow (whole range)',
      description:
        'Requests rejected before a connection was assigned, over the selected range (seed: api-lazlo-sox 101,821 in 30 days). Non-zero with pool overflow at 0 means backend latency backs up the queue. Next: p99 latency of the same service and its timeout budget.',
      unit: 'short',
      visual: 'table',
      instant: true,
    },
    (p) => rangeVolume(p, p.signals.pendingOverflows),
    { haproxy: 'HAProxy queues instead of overflowing and does not count queue timeouts apart from other 503s.' }
  ),
  perProxy(
    {
      id: 'upstreamLatencyP99Baseline',
      row: 'impact',
      title: 'Upstream p99 latency baseline (whole window)',
      description:
        'p99 of upstream call time over the whole window, by service (seed, 24 h: pull 1.8 s, next-pwa-app 1.5 s, api-lazlo-sox 1.0 s, api-proxy 0.87 s). Above 1.5 s degrades conversion even outside bursts. Next: the timeout budget of the slowest service.',
      unit: 'ms',
      visual: 'table',
      instant: true,
      badAbove: 1500,
    },
    (p) => {
      const histogram = p.signals.latencyHistogram;
      return histogram ? variant(p, signalQuantile(p, 0.99, histogram, RANGE), [`${histogram}_bucket`]) : undefined;
    },
    { haproxy: NO_HISTOGRAM }
  ),
  perProxy(
    {
      id: 'retrySuccessRatioOverRange',
      row: 'impact',
      title: 'Retry success ratio (whole range)',
      description: `Successful retries ÷ retries over the selected range, shown only above ${MIN_RETRIES_PER_SECOND} retries/s on average. Near 0 (seed: 0.004% on next-pwa-app) means retries protect no user and only add load. Next: cap retries or add a retry budget.`,
      unit: 'percentunit',
      visual: 'table',
      instant: true,
      badBelow: 0.5,
    },
    (p) => {
      const { retrySuccesses, retries } = p.signals;
      if (!retrySuccesses) {
        return undefined;
      }
      const expr = guardedRatio(
        p,
        signalRate(p, retrySuccesses, RANGE),
        signalRate(p, retries, RANGE),
        MIN_RETRIES_PER_SECOND
      );
      return variant(p, expr, [retrySuccesses, retries]);
    },
    { haproxy: 'HAProxy counts retries but not whether they succeeded.' }
  ),
];
