import type { CriterionResult } from './types';

const RATIO_CRITERIA: ReadonlyArray<CriterionResult['id']> = ['remoteCloseRatio', 'retrySuccess'];

/** A criterion's before or after value as the CLI's table and the panel show it; `count` formats large numbers. */
export function criterionFigure(c: CriterionResult, v: number | null, count: (n: number) => string): string {
  if (v === null) {
    return 'n/a';
  }
  if (RATIO_CRITERIA.includes(c.id)) {
    return `${(v * 100).toFixed(2)}%`;
  }
  return Math.abs(v) >= 100 ? count(v) : String(Number(v.toPrecision(3)));
}

export const changeFigure = (x: number | null) => (x === null ? 'n/a' : `${x > 0 ? '+' : ''}${(x * 100).toFixed(0)}%`);

export const confidenceFigure = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
