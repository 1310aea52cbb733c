import { detectBursts } from '../detectBursts';
import { MINUTE, T0, series, within } from './syntheticSeries';

const DAY = 24 * 60;
const RPS = 4700;
const BASELINE = 0.0005;
// Deterministic wobble so the baseline is a median of varied values, not a constant.
const wobble = (m: number) => 1 + 0.2 * Math.sin(m / 7);

function nextPwa(m: number): { rps: number; ratio: number } {
  if (within(m, 600, 630)) {
    return { rps: RPS, ratio: 0.015 };
  }
  if (within(m, 2000, 2014) || within(m, 2017, 2030)) {
    return { rps: RPS, ratio: 0.02 };
  }
  if (within(m, 2014, 2017)) {
    return { rps: RPS, ratio: 0.002 }; // a quiet 3 minutes inside one burst: merged, not split
  }
  if (within(m, 3000, 3002)) {
    return { rps: RPS, ratio: 0.05 }; // 2 minutes: a blip, not a burst
  }
  if (within(m, 1200, 1225)) {
    return { rps: RPS * 0.5, ratio: BASELINE }; // rolling deployment: traffic moves, nothing fails
  }
  return { rps: RPS * wobble(m), ratio: BASELINE * wobble(m + 3) };
}

function fixture() {
  const minutes = 3 * DAY;
  return {
    requests: [
      series('next-pwa-app', minutes, (m) => (m === 900 ? 'NaN' : m === 901 ? '+Inf' : String(nextPwa(m).rps))),
      series('api-proxy', minutes, (m) => (within(m, 100, 160) ? undefined : 300)),
      series('tiny', minutes, () => 0.2),
    ],
    errors: [
      series('next-pwa-app', minutes, (m) => (m === 1500 ? -12 : nextPwa(m).rps * nextPwa(m).ratio)),
      series('api-proxy', minutes, (m) => (m === 1600 ? 'NaN' : 300 * 0.001)),
      series('tiny', minutes, (m) => (m > 10 ? 0.2 : 0)),
    ],
  };
}

describe('detectBursts', () => {
  const bursts = detectBursts(fixture());

  it('finds the two 5xx-ratio bursts and nothing else (no deployment, no blip, no low-volume service)', () => {
    expect(bursts.map((b) => [b.service, (b.start - T0) / MINUTE, (b.end - T0) / MINUTE])).toEqual([
      ['next-pwa-app', 600, 630],
      ['next-pwa-app', 2000, 2030],
    ]);
  });

  it('measures duration, error rates, request rate and excess failures like the seed computes them', () => {
    const [first, second] = bursts;
    expect(first.durationSeconds).toBe(1800);
    expect(first.meanErrorRate).toBeCloseTo(0.015, 6);
    expect(first.peakErrorRate).toBeCloseTo(0.015, 6);
    expect(first.meanRequestsPerSecond).toBeCloseTo(RPS, 6);
    expect(first.baselineErrorRate).toBeGreaterThan(BASELINE * 0.9);
    expect(first.baselineErrorRate).toBeLessThan(BASELINE * 1.1);
    // 4,700/s × (1.5% − baseline) × 1,800 s ≈ 122,700, the seed's per-burst figure.
    expect(first.excessFailures / 122_700).toBeCloseTo(1, 2);
    expect(second.peakErrorRate).toBeCloseTo(0.02, 6);
    expect(second.peak5xxPerSecond).toBeCloseTo(RPS * 0.02, 6);
    expect(second.meanErrorRate).toBeLessThan(0.02);
  });

  it('tolerates NaN/Inf strings, gaps and negative (counter-reset) values', () => {
    for (const b of bursts) {
      expect(Number.isFinite(b.excessFailures)).toBe(true);
    }
    expect(detectBursts({ errors: [], requests: [] })).toEqual([]);
    expect(detectBursts({ errors: [series('x', 10, () => 'NaN')], requests: [series('x', 10, () => '+Inf')] })).toEqual(
      []
    );
  });

  it('honours a longer minimum duration and a shorter merge gap', () => {
    expect(detectBursts(fixture(), { minDurationSeconds: 3600 })).toEqual([]);
    const split = detectBursts(fixture(), { maxGapSeconds: 60 });
    expect(split.filter((b) => b.start >= T0 + 2000 * MINUTE).map((b) => (b.start - T0) / MINUTE)).toEqual([
      2000, 2017,
    ]);
  });
});
