import { dateTime, rangeUtil, type TimeRange } from '@grafana/data';
import { PROMETHEUS_MAX_POINTS } from '../../impact';
import { revenuePanelResolution } from '../../queries';

const DAY_S = 86_400;
const END = Date.UTC(2026, 3, 16);

function rangeOf(seconds: number): TimeRange {
  const from = dateTime(END - seconds * 1000);
  const to = dateTime(END);
  return { from, to, raw: { from, to } };
}

// Grafana's Prometheus backend (intervalv2.Calculate, then the safe interval), emulated with @grafana/data's rounding
// table: the min interval only when range ÷ maxDataPoints is below it, else that quotient rounded (possibly below the
// min interval); never finer than range ÷ 11,000 rounded.
function backendStepMs(rangeMs: number, intervalMs: number, maxDataPoints: number): number {
  const calculated = rangeMs / maxDataPoints < intervalMs ? intervalMs : rangeUtil.roundInterval(rangeMs / maxDataPoints);
  return Math.max(calculated, rangeUtil.roundInterval(rangeMs / PROMETHEUS_MAX_POINTS));
}

describe('the ROI panel’s resolution through Grafana’s interval rounding (real @grafana/data rangeUtil)', () => {
  const days = [1 / 24, 1, 7, 15, 19, 19.09, 19.1, 19.5, 20, 22, 24, 25, 26, 26.7, 26.8, 27, 30, 38, 44, 60, 90, 365];

  it.each(days)('%s days: the step Grafana sends is the one chosen, within 11,000 points', (d) => {
    const rangeS = d * DAY_S;
    const { maxDataPoints, minInterval, stepSeconds } = revenuePanelResolution(rangeS);
    const frontend = rangeUtil.calculateInterval(rangeOf(rangeS), maxDataPoints, minInterval);
    expect(frontend.intervalMs).toBe(stepSeconds * 1000);
    expect(backendStepMs(rangeS * 1000, frontend.intervalMs, maxDataPoints)).toBe(stepSeconds * 1000);
    // The test host's Prometheus stand-in: max(scrape interval, intervalMs, range ÷ maxDataPoints).
    expect(Math.max(15, frontend.intervalMs / 1000, Math.ceil(rangeS / maxDataPoints))).toBe(stepSeconds);
    expect(rangeS / stepSeconds).toBeLessThanOrEqual(PROMETHEUS_MAX_POINTS);
  });

  it('150 s (half the 5-minute minimum burst) up to 19 days, 5 minutes from there to 38 days', () => {
    expect([1, 7, 15, 19].map((d) => revenuePanelResolution(d * DAY_S).stepSeconds)).toEqual([150, 150, 150, 150]);
    expect([20, 27, 30, 38].map((d) => revenuePanelResolution(d * DAY_S).stepSeconds)).toEqual([300, 300, 300, 300]);
    expect(revenuePanelResolution(30 * DAY_S)).toEqual({ maxDataPoints: 17_280, minInterval: '300s', stepSeconds: 300 });
  });
});
