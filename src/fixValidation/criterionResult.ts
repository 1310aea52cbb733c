import type { Judgement } from './verdictRules';
import type { CriterionId, CriterionResult, CriterionRole } from './types';

export interface CriterionSpec {
  id: CriterionId;
  title: string;
  role: CriterionRole;
  unit: string;
  target: string;
}

/** Finite numbers only: a figure we cannot compute is null, never NaN or Infinity. */
export function finite(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function relativeChange(before: number | null, after: number | null): number | null {
  return before !== null && after !== null && before !== 0 ? finite((after - before) / before) : null;
}

export function criterionResult(
  spec: CriterionSpec,
  before: number | null,
  after: number | null,
  judgement: Judgement,
  facts: string
): CriterionResult {
  const b = finite(before);
  const a = finite(after);
  return {
    ...spec,
    before: b,
    after: a,
    change: relativeChange(b, a),
    verdict: judgement.verdict,
    confidence: finite(judgement.confidence),
    note: `${facts}; ${judgement.why}.`,
  };
}

/** A criterion whose metric returned nothing in either window. */
export function notScraped(spec: CriterionSpec, metric: string): CriterionResult {
  return criterionResult(
    spec,
    null,
    null,
    { verdict: 'insufficient-data', confidence: null, why: 'no verdict without data' },
    `no ${metric} data in either window (not scraped, or nothing matched)`
  );
}
