import { FigureSheet, type FigureName, type ImpactFigure, type Unavailable } from './figures';
import type { ImpactInputName, NullableInputs } from './impactInputs';
import { NO_RETRY_PROTECTION } from './userVisibleShare';

/** Figures are finite numbers, or null with the reason in `unavailable` (keyed 'perBurst.gmv', …). */
export interface PerBurstImpact {
  excessFailures: number | null;
  failedPageRenders: number | null;
  lostSessions: number | null;
  gmv: number | null;
  profit: number | null;
  unavailable: Unavailable;
}

export interface ImpactResult {
  perBurst: PerBurstImpact;
  monthly: { bursts: number | null; lostSessions: number | null; gmv: number | null; profit: number | null };
  annual: { gmv: number | null; profit: number | null };
  /** Days of profit at risk that pay for the fix; null when nothing is at risk or it cannot be computed. */
  paybackDays: number | null;
  /** Year-1 annual profit at risk ÷ fix cost; null when either cannot be computed. */
  roiMultiple: number | null;
  /** Why each null figure (or null input) is null: "n/a (reason)" in every output. */
  unavailable: Unavailable;
}

const MONTHS_PER_YEAR = 12;
const DAYS_PER_YEAR = 365;

const EXCESS_INPUTS: readonly ImpactInputName[] = [
  'upstreamRequestsPerSecond',
  'burstErrorRate',
  'baselineErrorRate',
  'burstDurationSeconds',
];

/** Extra upstream failures of one burst: request rate × (burst − baseline error rate) × duration. */
export function excessFailuresPerBurst(inputs: NullableInputs): number {
  const { upstreamRequestsPerSecond: rps, burstErrorRate, baselineErrorRate, burstDurationSeconds } = inputs;
  if (rps === null || burstErrorRate === null || baselineErrorRate === null || burstDurationSeconds === null) {
    return Number.NaN;
  }
  return rps * Math.max(0, burstErrorRate - baselineErrorRate) * burstDurationSeconds;
}

function perBurstOn(
  sheet: FigureSheet,
  excess: number,
  excessDependsOn: readonly FigureName[],
  userVisibleShare: number
): PerBurstImpact {
  const excessFailures = sheet.put('perBurst.excessFailures', excess, excessDependsOn);
  // Only the failures users saw fail a page: retries absorb the rest (seed 000: "retry protection").
  const failedPageRenders = sheet.put(
    'perBurst.failedPageRenders',
    (sheet.num('perBurst.excessFailures') * userVisibleShare) / sheet.num('apiCallsPerPage'),
    ['perBurst.excessFailures', 'apiCallsPerPage']
  );
  const lostSessions = sheet.put(
    'perBurst.lostSessions',
    sheet.num('perBurst.failedPageRenders') * sheet.num('abandonRate'),
    ['perBurst.failedPageRenders', 'abandonRate']
  );
  const gmv = sheet.put('perBurst.gmv', sheet.num('perBurst.lostSessions') * sheet.num('gmvPerSession'), [
    'perBurst.lostSessions',
    'gmvPerSession',
  ]);
  const profit = sheet.put('perBurst.profit', sheet.num('perBurst.gmv') * sheet.num('profitMargin'), [
    'perBurst.gmv',
    'profitMargin',
  ]);
  const unavailable: Unavailable = {};
  for (const name of ['excessFailures', 'failedPageRenders', 'lostSessions', 'gmv', 'profit'] as const) {
    const reason = sheet.unavailable[`perBurst.${name}`];
    if (reason) {
      unavailable[`perBurst.${name}`] = reason;
    }
  }
  return { excessFailures, failedPageRenders, lostSessions, gmv, profit, unavailable };
}

/** Failed renders → lost sessions → GMV → profit, for a given number of excess upstream failures. */
export function impactOfExcessFailures(
  excessFailures: number | null,
  inputs: NullableInputs,
  why: Unavailable = {},
  userVisibleShare = NO_RETRY_PROTECTION
): PerBurstImpact {
  const sheet = new FigureSheet(inputs, why);
  if (excessFailures === null) {
    sheet.refuse('perBurst.excessFailures', why['perBurst.excessFailures']);
  }
  return perBurstOn(sheet, excessFailures ?? Number.NaN, [], userVisibleShare);
}

/** Monthly = per burst × bursts a month; no bursts a month is nothing at risk, even when a burst's size is unknown. */
function monthlyOn(sheet: FigureSheet, figure: 'lostSessions' | 'gmv' | 'profit'): number | null {
  const bursts = sheet.value('monthly.bursts');
  const raw = bursts === 0 ? 0 : sheet.num(`perBurst.${figure}`) * sheet.num('monthly.bursts');
  return sheet.put(`monthly.${figure}`, raw, ['monthly.bursts', `perBurst.${figure}`]);
}

function paybackAndRoi(sheet: FigureSheet): Pick<ImpactResult, 'paybackDays' | 'roiMultiple'> {
  const cost = sheet.value('fixCost');
  if (cost === null || cost <= 0) {
    const reason = sheet.unavailable.fixCost ?? 'the fix costs nothing, so there is nothing to pay back or divide by';
    return { paybackDays: sheet.refuse('paybackDays', reason), roiMultiple: sheet.refuse('roiMultiple', reason) };
  }
  const profit = sheet.value('annual.profit');
  const roiMultiple = sheet.put('roiMultiple', sheet.num('annual.profit') / cost, ['annual.profit']);
  const paybackDays =
    profit === 0
      ? sheet.refuse('paybackDays', 'no profit at risk, so the fix never pays back')
      : sheet.put('paybackDays', cost / (sheet.num('annual.profit') / DAYS_PER_YEAR), ['annual.profit']);
  return { paybackDays, roiMultiple };
}

/**
 * Seed 000 section 9–10: per burst, per month, per year, payback and year-1 ROI. Inputs may be null (with the
 * reason in `why`): every figure that depends on them is then null with that reason, never NaN. The share of
 * upstream failures users saw defaults to the seed's "retry protection 0%" (all of them).
 */
export function evaluateImpact(
  inputs: NullableInputs,
  why: Unavailable = {},
  userVisibleShare = NO_RETRY_PROTECTION
): ImpactResult {
  const sheet = new FigureSheet(inputs, why);
  const perBurst = perBurstOn(sheet, excessFailuresPerBurst(inputs), EXCESS_INPUTS, userVisibleShare);
  const bursts = sheet.put(
    'monthly.bursts',
    sheet.num('burstsPerMonth') * sheet.num('attributionRate') * (1 + sheet.num('extraRegionShare')),
    ['burstsPerMonth', 'attributionRate', 'extraRegionShare']
  );
  const monthly = {
    bursts,
    lostSessions: monthlyOn(sheet, 'lostSessions'),
    gmv: monthlyOn(sheet, 'gmv'),
    profit: monthlyOn(sheet, 'profit'),
  };
  const annual = {
    gmv: sheet.put('annual.gmv', sheet.num('monthly.gmv') * MONTHS_PER_YEAR, ['monthly.gmv']),
    profit: sheet.put('annual.profit', sheet.num('monthly.profit') * MONTHS_PER_YEAR, ['monthly.profit']),
  };
  return { perBurst, monthly, annual, ...paybackAndRoi(sheet), unavailable: sheet.unavailable };
}

/** A figure of the result by its name ('annual.profit', 'paybackDays', …), for printing beside its reason. */
export function figureOf(result: ImpactResult, name: Exclude<ImpactFigure, 'sensitivity.relative'>): number | null {
  const [group, field] = name.split('.') as [string, string | undefined];
  const holder = result as unknown as Record<string, number | null | Record<string, number | null>>;
  const value = field === undefined ? holder[group] : (holder[group] as Record<string, number | null>)[field];
  return typeof value === 'number' ? value : null;
}
