import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

export interface RankTestResult {
  /** Pairs (x, y) with x > y, ties counted as half. */
  u: number;
  /** One-sided p-value for "x tends to be smaller than y". */
  pValue: number;
  method: 'exact' | 'normal';
}

// The exact distribution is cheap up to 50 × 50 (2,500 values of U); beyond, the normal approximation is accurate.
const EXACT_LIMIT = 50;

function statistic(x: number[], y: number[]): number {
  let u = 0;
  for (const a of x) {
    for (const b of y) {
      u += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return u;
}

function hasTies(values: number[]): boolean {
  return new Set(values).size < values.length;
}

/** How many orderings of m x's and n y's give each U (x above y pairs), by c(i,j,u) = c(i−1,j,u−j) + c(i,j−1,u). */
export function exactUCounts(m: number, n: number): number[] {
  let previous: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i++) {
    const current: number[][] = [Array.from({ length: 1 }, () => 1)];
    for (let j = 1; j <= n; j++) {
      const row = new Array<number>(i * j + 1).fill(0);
      previous[j].forEach((c, u) => (row[u + j] += c));
      current[j - 1].forEach((c, u) => (row[u] += c));
      current.push(row);
    }
    previous = current;
  }
  return previous[n];
}

function exactP(u: number, m: number, n: number): number {
  const counts = exactUCounts(m, n);
  const total = counts.reduce((s, c) => s + c, 0);
  const below = counts.slice(0, Math.floor(u) + 1).reduce((s, c) => s + c, 0);
  return Math.min(1, below / total);
}

function normalP(u: number, x: number[], y: number[]): number {
  const m = x.length;
  const n = y.length;
  const all = [...x, ...y];
  const total = m + n;
  const tieGroups = new Map<number, number>();
  all.forEach((v) => tieGroups.set(v, (tieGroups.get(v) ?? 0) + 1));
  const tieTerm = [...tieGroups.values()].reduce((s, t) => s + t ** 3 - t, 0);
  const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) {
    return 1;
  }
  // Continuity correction: U moves in steps of 0.5 at least.
  const z = (u - (m * n) / 2 + 0.5) / Math.sqrt(variance);
  return Math.min(1, normalCdf(z, 0, 1));
}

/** Mann–Whitney U test, one-sided: is x stochastically smaller than y? Exact without ties up to 50 each. */
export function mannWhitneyLess(x: number[], y: number[]): RankTestResult | null {
  if (x.length === 0 || y.length === 0) {
    return null;
  }
  const u = statistic(x, y);
  const exact = x.length <= EXACT_LIMIT && y.length <= EXACT_LIMIT && !hasTies([...x, ...y]);
  return exact
    ? { u, pValue: exactP(u, x.length, y.length), method: 'exact' }
    : { u, pValue: normalP(u, x, y), method: 'normal' };
}
