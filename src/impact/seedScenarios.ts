import type { Unavailable } from './figures';
import type { ImpactInputs, NullableInputs } from './impactInputs';
import { evaluateImpact, type ImpactResult } from './impactModel';

/** Seed 000 sections 8–10, mid-case (NA + EMEA): the reference the engine is tested against. */
export const SEED_MID_CASE: ImpactInputs = {
  upstreamRequestsPerSecond: 4700,
  burstErrorRate: 0.015,
  baselineErrorRate: 0.0005,
  burstDurationSeconds: 1800,
  apiCallsPerPage: 23,
  abandonRate: 0.3,
  gmvPerSession: 2.37,
  profitMargin: 0.25,
  burstsPerMonth: 10,
  extraRegionShare: 0.4,
  attributionRate: 1,
  fixCost: 15 * 600,
};

export type ScenarioName = 'conservative' | 'mid' | 'high';

// The seed's rows relative to its mid-case: 6/10 and 15/10 bursts, 1.0/1.5 and 2.0/1.5 error rate.
const SCENARIO_SHAPES: Record<
  ScenarioName,
  { label: string; bursts: number; errorRate: number; extraRegions: boolean }
> = {
  conservative: { label: 'Conservative (this region only)', bursts: 0.6, errorRate: 2 / 3, extraRegions: false },
  mid: { label: 'Mid-case', bursts: 1, errorRate: 1, extraRegions: true },
  high: { label: 'High', bursts: 1.5, errorRate: 4 / 3, extraRegions: true },
};

export interface Scenario {
  name: ScenarioName;
  label: string;
  /** Null where the mid-case input is; the reason is in result.unavailable under the input's name. */
  inputs: NullableInputs;
  result: ImpactResult;
}

function scaledErrorRate(mid: NullableInputs, factor: number): number | null {
  const { burstErrorRate, baselineErrorRate } = mid;
  return burstErrorRate === null || baselineErrorRate === null
    ? null
    : Math.min(1, Math.max(baselineErrorRate, burstErrorRate * factor));
}

/** The seed's three scenarios, scaled from any mid-case (the seed's own, or one measured live). */
export function impactScenarios(mid: NullableInputs, why: Unavailable = {}, userVisibleShare?: number): Scenario[] {
  return (Object.keys(SCENARIO_SHAPES) as ScenarioName[]).map((name) => {
    const shape = SCENARIO_SHAPES[name];
    const inputs: NullableInputs = {
      ...mid,
      burstsPerMonth: mid.burstsPerMonth === null ? null : mid.burstsPerMonth * shape.bursts,
      burstErrorRate: scaledErrorRate(mid, shape.errorRate),
      extraRegionShare: shape.extraRegions ? mid.extraRegionShare : 0,
    };
    return { name, label: shape.label, inputs, result: evaluateImpact(inputs, why, userVisibleShare) };
  });
}
