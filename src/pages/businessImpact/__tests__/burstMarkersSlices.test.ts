import { of } from 'rxjs';
import type { DataFrame } from '@grafana/data';
import { serviceFrame } from '../../../panels/revenue-impact/__tests__/serviceFrame';
import { announceRoiAnswered } from '../../../panels/revenue-impact/compute/roiAnswered';
import { burstMarkerFrames, burstMarkers } from '../burstMarkers';

const T0 = Date.UTC(2026, 3, 13);
const SERVICES = ['a', 'b', 'c', 'd', 'e', 'f'];
const FRAMES = SERVICES.flatMap((service, s) => [
  serviceFrame('requests', service, 240, T0, () => 100),
  serviceFrame('errors', service, 240, T0, (m) => (m >= 20 * s && m < 20 * s + 10 ? 5 : 0.05)),
]);

// Each clock read advances 10 ms, so a 25-ms slice holds two or three services and the chart yields between them.
describe('the burst chart computes its markers service by service, yielding to the page (fake clock and timers)', () => {
  let clockReads = 0;
  beforeEach(() => {
    jest.useFakeTimers();
    clockReads = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => (clockReads += 1) * 10);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  const start = () => {
    const seen: DataFrame[][] = [];
    const sub = burstMarkers({ interpolate: (s: string) => s })(of(FRAMES)).subscribe((frames) => seen.push(frames));
    announceRoiAnswered();
    // The zero timeout after the ROI answer (jsdom has no requestIdleCallback): the first slice runs.
    jest.advanceTimersByTime(0);
    return { seen, sub };
  };

  it('hands the page back between slices, then draws the same frames as in one go', () => {
    const { seen, sub } = start();
    expect(seen).toHaveLength(0);
    jest.runAllTimers();
    expect(seen).toHaveLength(1);
    expect(seen[0].map((f) => f.name)).toEqual(SERVICES);
    expect(seen[0].map((f) => f.fields.map((x) => x.values))).toEqual(
      burstMarkerFrames(FRAMES).map((f) => f.fields.map((x) => x.values))
    );
    expect(seen[0].every((f) => f.fields[2].values.some((v) => v !== null))).toBe(true);
    sub.unsubscribe();
  });

  it('stops computing when the chart goes away mid-way', () => {
    const { seen, sub } = start();
    sub.unsubscribe();
    const readsAtStop = clockReads;
    jest.runAllTimers();
    expect(seen).toHaveLength(0);
    expect(clockReads).toBe(readsAtStop);
  });
});
