import type { CriterionResult, OverallVerdict } from './types';

const names = (list: CriterionResult[]) => list.map((c) => c.id).join(', ');

/**
 * Validated only when every primary criterion is met (each at 95%: an intersection–union test, so the
 * chance of calling a do-nothing change validated stays under 5% without a multiple-testing penalty)
 * and no guard got worse. Any primary missed or guard worse: not validated. Anything else: inconclusive.
 */
export function overallVerdict(criteria: CriterionResult[]): { verdict: OverallVerdict; reason: string } {
  const primaries = criteria.filter((c) => c.role === 'primary');
  const missed = primaries.filter((c) => c.verdict === 'not-met');
  const worse = criteria.filter((c) => c.role === 'guard' && c.verdict === 'not-met');
  if (missed.length || worse.length) {
    const parts = [
      ...(missed.length ? [`not met: ${names(missed)}`] : []),
      ...(worse.length ? [`worse after the fix: ${names(worse)}`] : []),
    ];
    return { verdict: 'not-validated', reason: parts.join('; ') };
  }
  const unsure = primaries.filter((c) => c.verdict !== 'met');
  if (unsure.length === 0) {
    return { verdict: 'validated', reason: `every primary criterion met (${names(primaries)}) and no guard worse` };
  }
  return { verdict: 'inconclusive', reason: `not enough data yet for: ${names(unsure)}` };
}
