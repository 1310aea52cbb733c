import { liveWarnings, type WarningFacts } from '../liveWarnings';
import { burstStepSeconds, longestRangeSeconds, PROMETHEUS_MAX_POINTS } from '../queryStep';

const DAY_S = 86_400;

describe('the step burst detection asks Prometheus for, by range (default 5-minute minimum burst)', () => {
  it.each([
    ['1 hour', 3600, 150],
    ['1 day', DAY_S, 150],
    ['7 days', 7 * DAY_S, 150],
    ['15 days', 15 * DAY_S, 150],
    ['19 days', 19 * DAY_S, 150],
    ['the longest range at 150 s (10,999 steps)', 150 * 10_999, 150],
    ['one second more', 150 * 10_999 + 1, 300],
    ['20 days', 20 * DAY_S, 300],
    ['27 days', 27 * DAY_S, 300],
    ['30 days', 30 * DAY_S, 300],
    ['38 days', 38 * DAY_S, 300],
    ['44 days', 44 * DAY_S, 600],
    ['90 days', 90 * DAY_S, 900],
    ['1 year', 365 * DAY_S, 3600],
  ])('%s (%i s) → a step of %i s', (_name, range, step) => {
    expect(burstStepSeconds(range)).toBe(step);
  });

  it('never asks for more than 11,000 points a series, nor a step finer than half the minimum burst', () => {
    for (let days = 0.01; days <= 800; days *= 1.05) {
      const range = days * DAY_S;
      const step = burstStepSeconds(range);
      expect(range / step).toBeLessThanOrEqual(PROMETHEUS_MAX_POINTS - 1);
      expect(step).toBeGreaterThanOrEqual(150);
    }
  });

  it('follows the minimum burst duration it is given (half of it where the range allows)', () => {
    expect(burstStepSeconds(DAY_S, 1800)).toBe(900);
    expect(burstStepSeconds(DAY_S, 120)).toBe(60);
    expect(burstStepSeconds(30 * DAY_S, 1800)).toBe(900);
    expect(longestRangeSeconds(150) / DAY_S).toBeCloseTo(19.1, 1);
  });
});

describe('the step warning says why a range is too long for an honest step', () => {
  const facts = (days: number, stepS: number): WarningFacts => {
    const to = Date.UTC(2026, 3, 16);
    const from = to - days * DAY_S * 1000;
    return {
      series: { errors: [], requests: [], rxReset: [], remoteCloseRatio: [], closeWait: [], pages: [] },
      coverage: { from, to, requestedFrom: from, requestedTo: to },
      coveredMs: 0,
      stepMs: stepS * 1000,
      minDurationSeconds: 300,
      implausible: { errors: 0, requests: 0, rxReset: 0, remoteCloseRatio: 0, closeWait: 0, pages: 0 },
      fallbacks: [],
      invalidAssumptions: [],
    };
  };

  it('30 days at the 5-minute step: the warning stays, with the point limit as its reason', () => {
    expect(liveWarnings(facts(30, burstStepSeconds(30 * DAY_S)))).toEqual([
      "The data's step (5 minutes) is coarser than half the minimum burst duration (5 minutes): a burst that short can be missed, and burst edges are only known to a step. A step of 2.5 minutes or less sees them. The range (30 days) is too long for that step: Prometheus answers at most 11,000 points a series, so only ranges up to 19.1 days get it.",
    ]);
  });

  it('ranges up to 19 days get 150 s and no warning; a coarse step over a short range gets no range reason', () => {
    for (const days of [1, 7, 15, 19]) {
      expect(liveWarnings(facts(days, burstStepSeconds(days * DAY_S)))).toEqual([]);
    }
    expect(liveWarnings(facts(7, 300))).toEqual([expect.stringMatching(/A step of 2\.5 minutes or less sees them\.$/)]);
  });
});
