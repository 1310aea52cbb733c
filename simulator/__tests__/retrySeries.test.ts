import { buildTimeline, generate, groundTruth } from '..';

// Five days hold the Apr 13 coordinated burst of next-pwa-app and api-proxy and the Apr 15 next-pwa-app burst.
const truth = groundTruth(generate(buildTimeline(5, '2026-04-16T00:00:00Z'), 42), 5);
const lazlo = 'conveyor-cloud.ns.api-lazlo-production';
const pwa = 'conveyor-cloud.ns.next-pwa-app-production';
const meshRatio = (s: string) => truth.fiveXxTotals[s] / truth.requestTotals[s];

describe('retry signals of the simulator (issue 12)', () => {
  it('shows users fewer failures than the mesh where retries succeed, and all of them where they do not', () => {
    expect(truth.retries[lazlo].userFiveXxRatio).toBeLessThan(meshRatio(lazlo) * 0.1);
    expect(truth.retries[pwa].userFiveXxRatio / meshRatio(pwa)).toBeGreaterThan(0.99);
  });

  it('amplifies retries during bursts, and refuses some to the budget only then', () => {
    const pwaTruth = truth.retries[pwa];
    expect(pwaTruth.amplificationInBursts).not.toBeNull();
    expect(pwaTruth.amplificationInBursts!).toBeGreaterThan(pwaTruth.amplificationBaseline * 1.005);
    expect(pwaTruth.retryOverflows).toBeGreaterThan(0);
    expect(truth.retries[lazlo].retryOverflows).toBe(0);
    expect(truth.retries[lazlo].amplificationInBursts).toBeNull();
  });
});
