import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/** Independent events (or episodes) seen over some days of data. */
export interface EventCount {
  events: number;
  days: number;
}

export function ratePerDay(count: EventCount): number | null {
  return count.days > 0 ? count.events / count.days : null;
}

/**
 * Confidence that the after rate is below (1 − reduction) × the before rate: 1 − p of the exact
 * conditional test for two Poisson rates (given n events in all, the after count is binomial with
 * p = kept·t₂ ÷ (t₁ + kept·t₂) at the boundary of the null hypothesis; the one-sided 'less' p-value is that
 * binomial's CDF at the after count). Null without events or days.
 */
export function confidenceRateFell(before: EventCount, after: EventCount, reduction: number): number | null {
  const n = before.events + after.events;
  if (n === 0 || !(before.days > 0) || !(after.days > 0)) {
    return null;
  }
  const kept = 1 - reduction;
  const p = (kept * after.days) / (before.days + kept * after.days);
  return 1 - binomialCdf(after.events, n, p);
}
