import type { FixValidation } from './types';

const iso = (ms: number) => new Date(ms).toISOString();

/** The documented `connhealth validate --json` object (issue 9): ISO times, no internal fields. */
export function validationJson(v: FixValidation) {
  const w = v.windows;
  return {
    fixAt: iso(w.fixAt),
    before: { from: iso(w.before.from), to: iso(w.before.to), clipped: w.before.clipped },
    after: { from: iso(w.after.from), to: iso(w.after.to), clipped: w.after.clipped },
    criteria: v.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      before: c.before,
      after: c.after,
      change: c.change,
      target: c.target,
      verdict: c.verdict,
      confidence: c.confidence,
      note: c.note,
    })),
    verdict: v.verdict,
    savings: {
      profitPerDayBefore: v.savings.profitPerDayBefore,
      profitPerDayAfter: v.savings.profitPerDayAfter,
      realisedProfit: v.savings.realisedProfit,
      realisedGmv: v.savings.realisedGmv,
      paybackReached: v.savings.paybackReached === null ? null : iso(v.savings.paybackReached),
    },
    reason: v.reason,
    notes: v.notes,
  };
}

export type ValidationJson = ReturnType<typeof validationJson>;
