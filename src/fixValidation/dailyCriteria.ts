import { REMOTE_CLOSE_RATIO_SIGNATURE, type ServiceSeries } from '../impact';
import { criterionResult, notScraped, type CriterionSpec } from './criterionResult';
import { dailyPeaks, dailyValues, mean, type Combine, type DayValues } from './dayValues';
import {
  CONFIDENCE_REQUIRED,
  MIN_DAYS,
  confidenceRose,
  judgeNotWorse,
  type Judgement,
  type NotWorseRule,
} from './verdictRules';
import type { CriterionResult, DailySeries, ValidationWindows } from './types';

interface NotWorseCriterion extends CriterionSpec {
  combine: Combine;
  rule: NotWorseRule;
  metric: string;
}

// Guards: the fix must not make these worse (10% margin; an absolute floor for series that sit at 0).
const GUARDS: Record<'fivexx' | 'p99Ms' | 'retrySuccess' | 'pendingOverflow', NotWorseCriterion> = {
  fivexx: {
    id: 'fivexxVolume',
    title: 'Upstream 5xx volume',
    role: 'guard',
    unit: '5xx per day',
    target: 'not more per day (within +10%)',
    combine: 'sum',
    rule: { margin: 0.1, absolute: 1, higherIsBetter: false },
    metric: 'envoy_cluster_upstream_rq_xx',
  },
  retrySuccess: {
    id: 'retrySuccess',
    title: 'Retry success ratio',
    role: 'guard',
    unit: 'ratio (worst service per day)',
    target: 'not lower (within −10%)',
    combine: 'min',
    rule: { margin: 0.1, absolute: 0.001, higherIsBetter: true },
    metric: 'retry',
  },
  p99Ms: {
    id: 'p99',
    title: 'Upstream p99 latency',
    role: 'guard',
    unit: 'ms (slowest service per day)',
    target: 'not worse (within +10%)',
    combine: 'max',
    rule: { margin: 0.1, absolute: 1, higherIsBetter: false },
    metric: 'latency histogram',
  },
  pendingOverflow: {
    id: 'pendingOverflow',
    title: 'Pending queue overflow',
    role: 'guard',
    unit: 'per day',
    target: 'not more per day (within +10%)',
    combine: 'sum',
    rule: { margin: 0.1, absolute: 1, higherIsBetter: false },
    metric: 'envoy_cluster_upstream_rq_pending_overflow',
  },
};

const REMOTE_CLOSE: CriterionSpec = {
  id: 'remoteCloseRatio',
  title: 'Remote closes with active requests (peak ratio)',
  role: 'primary',
  unit: 'ratio (highest of the window)',
  target: `after: under ${REMOTE_CLOSE_RATIO_SIGNATURE * 100}% every day`,
};

const KEEP_ALIVE: CriterionSpec = {
  id: 'keepAliveCycling',
  title: 'Keep-alive cycling (max requests + idle timeout)',
  role: 'primary',
  unit: 'connections recycled per second',
  target: 'clearly non-zero every day after, and up from before',
};

// "Clearly non-zero": at least one recycled connection an hour, every day.
const CYCLING_FLOOR_PER_SECOND = 1 / 3600;
// New keep-alive limits recycle far more connections than before; under +50% on average is no change.
const CLEAR_RISE = 1.5;

const dayFacts = (d: DayValues) => `${d.before.length} days before, ${d.after.length} after`;
const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function guardCriterion(spec: NotWorseCriterion, series: ServiceSeries[], windows: ValidationWindows): CriterionResult {
  const days = dailyValues(series, windows, spec.combine);
  if (days.before.length === 0 && days.after.length === 0) {
    return notScraped(spec, spec.metric);
  }
  const { combine: _c, rule: _r, metric: _m, ...plain } = spec;
  return criterionResult(
    plain,
    mean(days.before),
    mean(days.after),
    judgeNotWorse(days.before, days.after, spec.rule),
    dayFacts(days)
  );
}

export function guardCriteria(daily: DailySeries, windows: ValidationWindows): Record<string, CriterionResult> {
  return {
    fivexxVolume: guardCriterion(GUARDS.fivexx, daily.fivexx, windows),
    retrySuccess: guardCriterion(GUARDS.retrySuccess, daily.retrySuccess, windows),
    p99: guardCriterion(GUARDS.p99Ms, daily.p99Ms, windows),
    pendingOverflow: guardCriterion(GUARDS.pendingOverflow, daily.pendingOverflow, windows),
  };
}

function judgeRemoteClose(days: DayValues): Judgement {
  const confidence = confidenceRose(days.after, days.before);
  if (days.after.length < MIN_DAYS) {
    return {
      verdict: 'insufficient-data',
      confidence,
      why: `fewer than ${MIN_DAYS} days after with enough closes for a ratio`,
    };
  }
  const worst = Math.max(...days.after);
  return worst < REMOTE_CLOSE_RATIO_SIGNATURE
    ? {
        verdict: 'met',
        confidence,
        why: `every day after stayed under 10%; rank test that the days fell: ${pct(confidence)}`,
      }
    : { verdict: 'not-met', confidence, why: `a day after reached ${pct(worst)}` };
}

/** Seed section 5: above 10% is a structural close problem; after the fix no day may reach it. */
export function remoteCloseCriterion(ratio: ServiceSeries[], windows: ValidationWindows): CriterionResult {
  const days = dailyPeaks(ratio, windows);
  if (days.before.length === 0 && days.after.length === 0) {
    return notScraped(REMOTE_CLOSE, 'remote-close ratio (or too few closes for the volume guard)');
  }
  const peak = (v: number[]) => (v.length ? Math.max(...v) : null);
  return criterionResult(REMOTE_CLOSE, peak(days.before), peak(days.after), judgeRemoteClose(days), dayFacts(days));
}

function judgeCycling(days: DayValues): Judgement {
  const confidence = confidenceRose(days.before, days.after);
  if (days.after.length < MIN_DAYS || days.before.length < MIN_DAYS) {
    return { verdict: 'insufficient-data', confidence, why: `fewer than ${MIN_DAYS} days of cycling data on a side` };
  }
  const quietDays = days.after.filter((v) => v < CYCLING_FLOOR_PER_SECOND).length;
  if (quietDays > 0) {
    return { verdict: 'not-met', confidence, why: `${quietDays} days after recycled less than one connection an hour` };
  }
  if (confidence !== null && confidence >= CONFIDENCE_REQUIRED) {
    return {
      verdict: 'met',
      confidence,
      why: `live every day after and up from before (rank test: ${pct(confidence)})`,
    };
  }
  return (mean(days.after) ?? 0) < CLEAR_RISE * (mean(days.before) ?? 0)
    ? {
        verdict: 'not-met',
        confidence,
        why: 'non-zero but not clearly (50%) higher than before: the tuning did not change at the fix',
      }
    : {
        verdict: 'insufficient-data',
        confidence,
        why: `up by half or more, but the rank test is only ${pct(confidence)} confident`,
      };
}

/** Seed section 4: cx_max_requests and idle_timeout show the keep-alive tuning is live. */
export function keepAliveCriterion(cycling: ServiceSeries[], windows: ValidationWindows): CriterionResult {
  const days = dailyValues(cycling, windows, 'sum');
  if (days.before.length === 0 && days.after.length === 0) {
    return notScraped(KEEP_ALIVE, 'cx_max_requests / cx_idle_timeout');
  }
  return criterionResult(KEEP_ALIVE, mean(days.before), mean(days.after), judgeCycling(days), dayFacts(days));
}
