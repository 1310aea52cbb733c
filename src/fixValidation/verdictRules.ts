import { mannWhitneyLess } from './rankTest';
import { confidenceRateFell, type EventCount } from './rateTest';
import type { CriterionVerdict } from './types';

/** "Met with 95% confidence": the one-sided test rejects "target missed" at the 5% level. */
export const CONFIDENCE_REQUIRED = 0.95;
/** Day-by-day comparisons need a few days on each side to say anything. */
export const MIN_DAYS = 4;

export interface Judgement {
  verdict: CriterionVerdict;
  confidence: number | null;
  /** The test and why the verdict, in a few words. */
  why: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Counts as rates: met when the exact test is ≥ 95% confident the rate fell by at least `reduction`
 * (or, with noneAfter, that it fell at all and none were left); not met when the estimate misses the
 * target; insufficient when even none at all after could not have shown it, or the estimate is not sure yet.
 */
export function judgeCounts(before: EventCount, after: EventCount, reduction: number, noneAfter: boolean): Judgement {
  const confidenceOf = (a: EventCount) => {
    const c = confidenceRateFell(before, a, reduction);
    const none = noneAfter && a.events === 0 ? confidenceRateFell(before, a, 0) : null;
    return c === null ? none : Math.max(c, none ?? 0);
  };
  const confidence = confidenceOf(after);
  const bestCase = confidenceOf({ events: 0, days: after.days });
  if (confidence === null || bestCase === null || bestCase < CONFIDENCE_REQUIRED) {
    return {
      verdict: 'insufficient-data',
      confidence,
      why: `too few before the fix: even none after would give only ${pct(bestCase ?? 0)} confidence`,
    };
  }
  if (confidence >= CONFIDENCE_REQUIRED) {
    return { verdict: 'met', confidence, why: `exact Poisson rate test: ${pct(confidence)} confident` };
  }
  const rateBefore = before.events / before.days;
  const rateAfter = after.events / after.days;
  const missed = rateAfter > (1 - reduction) * rateBefore && !(noneAfter && after.events === 0);
  return missed
    ? { verdict: 'not-met', confidence, why: `the rate after misses the target (test: ${pct(confidence)} confident)` }
    : {
        verdict: 'insufficient-data',
        confidence,
        why: `the estimate meets the target but the test is only ${pct(confidence)} confident`,
      };
}

export interface NotWorseRule {
  /** Allowed relative worsening (0.1 = 10%). */
  margin: number;
  /** Allowed absolute worsening, for series that sit at 0. */
  absolute: number;
  higherIsBetter: boolean;
}

/**
 * Day by day, Mann–Whitney: met when ≥ 95% confident the after days are within the margin of the before
 * days; not met when ≥ 95% confident they are worse; otherwise insufficient.
 */
export function judgeNotWorse(before: number[], after: number[], rule: NotWorseRule): Judgement {
  if (before.length < MIN_DAYS || after.length < MIN_DAYS) {
    return {
      verdict: 'insufficient-data',
      confidence: null,
      why: `${before.length} days with data before and ${after.length} after; at least ${MIN_DAYS} each are needed`,
    };
  }
  const sign = rule.higherIsBetter ? -1 : 1;
  const allowed = before.map((b) => sign * (b * (1 + sign * rule.margin) + sign * rule.absolute));
  const within = mannWhitneyLess(
    after.map((a) => sign * a),
    allowed
  );
  const worse = mannWhitneyLess(
    before.map((b) => sign * b),
    after.map((a) => sign * a)
  );
  const confidence = within ? 1 - within.pValue : null;
  const worseConfidence = worse ? 1 - worse.pValue : 0;
  if (confidence !== null && confidence >= CONFIDENCE_REQUIRED) {
    return { verdict: 'met', confidence, why: `rank test of days: ${pct(confidence)} confident it is not worse` };
  }
  if (worseConfidence >= CONFIDENCE_REQUIRED) {
    return { verdict: 'not-met', confidence, why: `rank test of days: ${pct(worseConfidence)} confident it got worse` };
  }
  return { verdict: 'insufficient-data', confidence, why: 'the days before and after overlap too much to tell' };
}

/** Confidence that the after days are higher than the before days (rank test), or null. */
export function confidenceRose(before: number[], after: number[]): number | null {
  const test = mannWhitneyLess(before, after);
  return test ? 1 - test.pValue : null;
}
