import type { ImpactInputs } from './impactInputs';

export interface PerBurstImpact {
  excessFailures: number;
  failedPageRenders: number;
  lostSessions: number;
  gmv: number;
  profit: number;
}

export interface ImpactResult {
  perBurst: PerBurstImpact;
  monthly: { bursts: number; lostSessions: number; gmv: number; profit: number };
  annual: { gmv: number; profit: number };
  /** Days of profit at risk that pay for the fix; null when nothing is at risk. */
  paybackDays: number | null;
  /** Year-1 annual profit at risk ÷ fix cost. */
  roiMultiple: number;
}

const MONTHS_PER_YEAR = 12;
const DAYS_PER_YEAR = 365;

/** Extra upstream failures of one burst: request rate × (burst − baseline error rate) × duration. */
export function excessFailuresPerBurst(inputs: ImpactInputs): number {
  const excessRate = Math.max(0, inputs.burstErrorRate - inputs.baselineErrorRate);
  return inputs.upstreamRequestsPerSecond * excessRate * inputs.burstDurationSeconds;
}

/** Failed renders → lost sessions → GMV → profit, for a given number of excess upstream failures. */
export function impactOfExcessFailures(excessFailures: number, inputs: ImpactInputs): PerBurstImpact {
  const failedPageRenders = excessFailures / inputs.apiCallsPerPage;
  const lostSessions = failedPageRenders * inputs.abandonRate;
  const gmv = lostSessions * inputs.gmvPerSession;
  return { excessFailures, failedPageRenders, lostSessions, gmv, profit: gmv * inputs.profitMargin };
}

/** Seed 000 section 9–10: per burst, per month, per year, payback and year-1 ROI. */
export function evaluateImpact(inputs: ImpactInputs): ImpactResult {
  const perBurst = impactOfExcessFailures(excessFailuresPerBurst(inputs), inputs);
  const bursts = inputs.burstsPerMonth * inputs.attributionRate * (1 + inputs.extraRegionShare);
  const monthly = {
    bursts,
    lostSessions: perBurst.lostSessions * bursts,
    gmv: perBurst.gmv * bursts,
    profit: perBurst.profit * bursts,
  };
  const annual = { gmv: monthly.gmv * MONTHS_PER_YEAR, profit: monthly.profit * MONTHS_PER_YEAR };
  const paybackDays = annual.profit > 0 ? inputs.fixCost / (annual.profit / DAYS_PER_YEAR) : null;
  return { perBurst, monthly, annual, paybackDays, roiMultiple: annual.profit / inputs.fixCost };
}
