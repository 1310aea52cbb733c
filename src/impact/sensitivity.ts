import type { Unavailable } from './figures';
import type { NullableInputs } from './impactInputs';
import { evaluateImpact } from './impactModel';

export type SensitiveInput = 'apiCallsPerPage' | 'attributionRate';

export interface SensitivityRow {
  input: SensitiveInput;
  value: number;
  /** Null with the reason in `unavailable['annual.profit']`. */
  annualProfit: number | null;
  /** Annual profit relative to the base case (2 = doubles); null with the reason in `unavailable['sensitivity.relative']`. */
  relative: number | null;
  unavailable: Unavailable;
}

// "The two numbers that sharpen this most" (seed 000 section 10), at the values the seed discusses.
const PROBES: Record<SensitiveInput, number[]> = {
  apiCallsPerPage: [10, 23, 40],
  attributionRate: [0.5, 0.75, 1],
};

function relativeTo(base: { value: number | null; reason?: string }, annualProfit: number | null) {
  if (base.value === null) {
    return { relative: null, reason: base.reason };
  }
  if (base.value === 0) {
    return { relative: null, reason: 'no profit at risk in the current case to compare with' };
  }
  const relative = annualProfit === null ? Number.NaN : annualProfit / base.value;
  return Number.isFinite(relative) ? { relative } : { relative: null, reason: 'the profit at this value is n/a' };
}

export function sensitivity(base: NullableInputs, why: Unavailable = {}, userVisibleShare?: number): SensitivityRow[] {
  const baseResult = evaluateImpact(base, why, userVisibleShare);
  const baseProfit = { value: baseResult.annual.profit, reason: baseResult.unavailable['annual.profit'] };
  return (Object.keys(PROBES) as SensitiveInput[]).flatMap((input) => {
    const current = base[input];
    // A probe within 1% of the current value would repeat the base row.
    const probes = PROBES[input].filter((p) => current === null || Math.abs(p - current) > 0.01 * Math.abs(current));
    const values = [...probes, ...(current === null ? [] : [current])].sort((a, b) => a - b);
    return values.map((value) => {
      const result = evaluateImpact({ ...base, [input]: value }, why, userVisibleShare);
      const annualProfit = result.annual.profit;
      const { relative, reason } = relativeTo(baseProfit, annualProfit);
      const unavailable: Unavailable = {};
      if (annualProfit === null) {
        unavailable['annual.profit'] = result.unavailable['annual.profit'];
      }
      if (relative === null) {
        unavailable['sensitivity.relative'] = reason;
      }
      return { input, value, annualProfit, relative, unavailable };
    });
  });
}
