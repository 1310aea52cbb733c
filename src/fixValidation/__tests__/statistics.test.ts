import { confidenceRateFell } from '../rateTest';
import { exactUCounts, mannWhitneyLess } from '../rankTest';
import { judgeCounts, judgeNotWorse } from '../verdictRules';

// Independent of the library: P(X ≤ k) for X ~ Binomial(n, p) by direct summation of C(n, i) pⁱ (1 − p)ⁿ⁻ⁱ.
function binomialCdf(k: number, n: number, p: number): number {
  let total = 0;
  let choose = 1;
  for (let i = 0; i <= k; i++) {
    total += choose * p ** i * (1 - p) ** (n - i);
    choose = (choose * (n - i)) / (i + 1);
  }
  return total;
}

// Independent of the recursion: every way to pick which of m + n ranks belong to x.
function bruteForceUCounts(m: number, n: number): number[] {
  const counts = new Array<number>(m * n + 1).fill(0);
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === m) {
      const set = new Set(chosen);
      let u = 0;
      let ysBelow = 0;
      for (let r = 0; r < m + n; r++) {
        if (set.has(r)) {
          u += ysBelow;
        } else {
          ysBelow += 1;
        }
      }
      counts[u] += 1;
      return;
    }
    for (let r = start; r < m + n; r++) {
      pick(r + 1, [...chosen, r]);
    }
  };
  pick(0, []);
  return counts;
}

describe('exact test for two Poisson rates (conditional binomial)', () => {
  it('gives 1 − (2/3)^8 for 8 events before and none after over equal windows, against a 50% cut', () => {
    expect(confidenceRateFell({ events: 8, days: 21 }, { events: 0, days: 21 }, 0.5)).toBeCloseTo(1 - (2 / 3) ** 8, 10);
  });

  it('gives 1 − 1/32 for 5 vs 0 against "no change"', () => {
    expect(confidenceRateFell({ events: 5, days: 7 }, { events: 0, days: 7 }, 0)).toBeCloseTo(1 - 1 / 32, 10);
  });

  it('matches direct summation with unequal windows and events on both sides', () => {
    // 10 in 30 days vs 1 in 10 days against a 50% cut: p = 0.5·10 ÷ (30 + 0.5·10) = 1/7.
    expect(confidenceRateFell({ events: 10, days: 30 }, { events: 1, days: 10 }, 0.5)).toBeCloseTo(
      1 - binomialCdf(1, 11, 1 / 7),
      10
    );
    expect(confidenceRateFell({ events: 40, days: 21 }, { events: 9, days: 14 }, 0)).toBeCloseTo(
      1 - binomialCdf(9, 49, 14 / 35),
      10
    );
  });

  it('has no answer without events or without days', () => {
    expect(confidenceRateFell({ events: 0, days: 21 }, { events: 0, days: 21 }, 0.5)).toBeNull();
    expect(confidenceRateFell({ events: 3, days: 0 }, { events: 0, days: 21 }, 0.5)).toBeNull();
  });
});

describe('count verdicts', () => {
  const window = (events: number) => ({ events, days: 21 });

  it('calls 1 vs 0 insufficient-data, never met', () => {
    expect(judgeCounts(window(1), window(0), 0.5, false).verdict).toBe('insufficient-data');
    expect(judgeCounts(window(1), window(0), 0.9, true).verdict).toBe('insufficient-data');
  });

  it('calls 3 bursts before vs 0 after over three weeks insufficient-data: that happens by chance 30% of the time', () => {
    const j = judgeCounts(window(3), window(0), 0.5, false);
    expect(j.verdict).toBe('insufficient-data');
    expect(j.confidence).toBeCloseTo(1 - (2 / 3) ** 3, 10);
  });

  it('calls 8 vs 0 met with 96% confidence', () => {
    const j = judgeCounts(window(8), window(0), 0.5, false);
    expect(j.verdict).toBe('met');
    expect(j.confidence).toBeGreaterThan(0.95);
  });

  it('calls an unchanged rate with plenty of events not-met', () => {
    expect(judgeCounts(window(10), window(10), 0.5, false).verdict).toBe('not-met');
    expect(judgeCounts(window(12), window(7), 0.5, false).verdict).toBe('not-met');
  });

  it('lets "none after" meet the rx_reset target when a 90% cut cannot be shown yet', () => {
    // 6 episodes vs 0: 1 − (1/1.1·... ) is far below 95% for a 90% cut, but 1 − 2⁻⁶ for "fewer at all".
    expect(confidenceRateFell(window(6), window(0), 0.9)).toBeLessThan(0.95);
    const j = judgeCounts(window(6), window(0), 0.9, true);
    expect(j.verdict).toBe('met');
    expect(j.confidence).toBeCloseTo(1 - 2 ** -6, 10);
  });
});

describe('Mann–Whitney U', () => {
  it('counts orderings exactly (checked against brute force)', () => {
    expect(exactUCounts(3, 3)).toEqual(bruteForceUCounts(3, 3));
    expect(exactUCounts(4, 5)).toEqual(bruteForceUCounts(4, 5));
    expect(exactUCounts(3, 3)[0] / exactUCounts(3, 3).reduce((a, b) => a + b)).toBeCloseTo(1 / 20, 12);
  });

  it("reproduces R's wilcox.test example (Hollander & Wolfe permeability, W = 35, p = 0.1272)", () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = mannWhitneyLess(y, x);
    expect(result?.method).toBe('exact');
    expect(50 - (result?.u ?? 0)).toBe(35);
    expect(result?.pValue).toBeCloseTo(0.1272, 4);
    const counts = bruteForceUCounts(5, 10);
    const total = counts.reduce((a, b) => a + b);
    expect(result?.pValue).toBeCloseTo(counts.slice(0, 16).reduce((a, b) => a + b) / total, 12);
  });

  it('uses the normal approximation with the tie correction when values tie', () => {
    const before = [0, 0, 0, 0, 5, 6];
    const after = [0, 0, 0, 0, 0, 0];
    const result = mannWhitneyLess(after, before);
    expect(result?.method).toBe('normal');
    // U = 6 × 4 × 0.5 = 12 ties; mean 18; variance 36/12 · (13 − (10³ − 10 + 2·0)/(12·11)) = 3 · (13 − 7.5).
    expect(result?.u).toBe(12);
    const z = (12 - 18 + 0.5) / Math.sqrt(3 * (13 - 990 / 132));
    expect(z).toBeCloseTo(-1.354, 3);
    expect(result?.pValue).toBeCloseTo(0.0879, 3);
  });

  it('gives no evidence when everything ties', () => {
    expect(mannWhitneyLess([1, 1, 1, 1], [1, 1, 1, 1])?.pValue).toBe(1);
  });
});

describe('not-worse verdicts (day by day)', () => {
  const base = [800, 820, 790, 810, 805, 795, 815];

  it('is met when the days after are the same or better', () => {
    expect(
      judgeNotWorse(
        base,
        base.map((v) => v - 20),
        { margin: 0.1, absolute: 1, higherIsBetter: false }
      ).verdict
    ).toBe('met');
  });

  it('is not met when every day after is 30% worse', () => {
    expect(
      judgeNotWorse(
        base,
        base.map((v) => v * 1.3),
        { margin: 0.1, absolute: 1, higherIsBetter: false }
      ).verdict
    ).toBe('not-met');
  });

  it('reads "higher is better" the other way round', () => {
    const ratio = [0.9, 0.92, 0.91, 0.9, 0.93, 0.9, 0.91];
    const rule = { margin: 0.1, absolute: 0.001, higherIsBetter: true };
    expect(
      judgeNotWorse(
        ratio,
        ratio.map((v) => v * 0.5),
        rule
      ).verdict
    ).toBe('not-met');
    expect(judgeNotWorse(ratio, ratio, rule).verdict).toBe('met');
  });

  it('needs a few days on each side', () => {
    expect(judgeNotWorse([1, 2, 3], [1, 2, 3], { margin: 0.1, absolute: 1, higherIsBetter: false }).verdict).toBe(
      'insufficient-data'
    );
  });
});
