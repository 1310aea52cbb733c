import type { ImpactInputs } from './impactInputs';
import { evaluateImpact } from './impactModel';

export type SensitiveInput = 'apiCallsPerPage' | 'attributionRate';

export interface SensitivityRow {
  input: SensitiveInput;
  value: number;
  annualProfit: number;
  /** Annual profit relative to the base case (2 = doubles). */
  relative: number;
}

// "The two numbers that sharpen this most" (seed 000 section 10), at the values the seed discusses.
const PROBES: Record<SensitiveInput, number[]> = {
  apiCallsPerPage: [10, 23, 40],
  attributionRate: [0.5, 0.75, 1],
};

export function sensitivity(base: ImpactInputs): SensitivityRow[] {
  const baseProfit = evaluateImpact(base).annual.profit;
  return (Object.keys(PROBES) as SensitiveInput[]).flatMap((input) => {
    // A probe within 1% of the current value would repeat the base row.
    const probes = PROBES[input].filter((p) => Math.abs(p - base[input]) > 0.01 * Math.abs(base[input]));
    const values = [...probes, base[input]].sort((a, b) => a - b);
    return values.map((value) => {
      const annualProfit = evaluateImpact({ ...base, [input]: value }).annual.profit;
      return { input, value, annualProfit, relative: baseProfit > 0 ? annualProfit / baseProfit : 0 };
    });
  });
}
