import type { ServiceSeries } from '../impact';
import { burstsCriterion, restartsCriterion, rxResetCriterion } from './countCriteria';
import { guardCriteria, keepAliveCriterion, remoteCloseCriterion } from './dailyCriteria';
import { coveredDays } from './episodes';
import { overallVerdict } from './overallVerdict';
import { databaseCauseNotes } from './databaseCauseNotes';
import { fixSavings, priceWindows, type PricingOptions } from './savings';
import {
  CRITERION_IDS,
  type CriterionResult,
  type FixValidation,
  type FixValidationSeries,
  type ValidationWindows,
} from './types';

export interface FixValidationOptions extends PricingOptions {
  /** Seconds between the fine-step samples (the range query's step). */
  stepSeconds: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function windowNotes(w: ValidationWindows, afterDays: number): string[] {
  const notes: string[] = [];
  if (w.before.clipped) {
    notes.push(
      `The before window was clipped to the data: it starts ${iso(w.before.from)}, not ${iso(w.before.requested.from)}.`
    );
  }
  if (w.after.clipped) {
    notes.push(
      `The after window was clipped to the data (or now): it ends ${iso(w.after.to)}, not ${iso(w.after.requested.to)}.`
    );
  }
  notes.push(`Realised savings cover the ${afterDays.toFixed(1)} days measured after the fix.`);
  return notes;
}

/** Container restarts per second from per-interval increases (podRestartRate), as restartsCriterion expects. */
export function restartsPerSecond(increase: ServiceSeries[], intervalSeconds: number): ServiceSeries[] {
  return increase.map((s) => ({
    service: s.service,
    samples: s.samples.map(([t, v]) => [
      t,
      typeof v === 'number' || typeof v === 'string' ? Number(v) / intervalSeconds : v,
    ]),
  }));
}

/** Every criterion of issue 9, the overall verdict and the savings, from plain series: the CLI and the page run this. */
export function validateFix(
  series: FixValidationSeries,
  windows: ValidationWindows,
  o: FixValidationOptions
): FixValidation {
  const priced = priceWindows(series.live, windows, o, series.database);
  const beforeSpan = { from: windows.before.from, to: windows.fixAt };
  const afterSpan = { from: windows.fixAt, to: windows.after.to + 1 };
  const requestDays = (w: typeof beforeSpan) => coveredDays(series.live.requests, w, o.stepSeconds);
  const byId: Record<string, CriterionResult> = {
    bursts: burstsCriterion(priced.before.bursts, priced.after.bursts, requestDays(beforeSpan), requestDays(afterSpan)),
    restarts: restartsCriterion(series.restarts, series.deployments, windows, o.stepSeconds),
    rxReset: rxResetCriterion(series.live.rxReset, windows, o.stepSeconds),
    remoteCloseRatio: remoteCloseCriterion(series.live.remoteCloseRatio, windows),
    keepAliveCycling: keepAliveCriterion(series.daily.keepAliveCycling, windows),
    ...guardCriteria(series.daily, windows),
  };
  const criteria = CRITERION_IDS.map((id) => byId[id]);
  const { verdict, reason } = overallVerdict(criteria);
  const dropEstablished = byId.bursts.verdict === 'met';
  const savings = fixSavings(priced, windows, o.assumptions, dropEstablished);
  const afterDays = (windows.after.to - windows.fixAt) / 86_400_000;
  const notes = windowNotes(windows, afterDays);
  if (savings.profitPerDayBefore === null || savings.profitPerDayAfter === null) {
    notes.push('The ROI model could not price a window (see the report for that range): savings are n/a.');
  }
  notes.push(...databaseCauseNotes(priced));
  if (!dropEstablished) {
    notes.push(
      `No savings are counted as realised: the drop in bursts is not established (bursts: ${byId.bursts.verdict}).`
    );
  }
  return { windows, criteria, verdict, reason, savings, notes };
}
