import { of } from 'rxjs';
import type { DataFrame } from '@grafana/data';
import { announceRoiAnswered } from '../../../panels/revenue-impact/compute/roiAnswered';
import { burstMarkers } from '../burstMarkers';

// jsdom has no requestIdleCallback: the operator falls back to a zero timeout after the ROI panel's answer.
describe('the burst chart waits for the ROI panel’s answer before its own burst detection (fake timers)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const run = () => {
    const seen: DataFrame[][] = [];
    const operator = burstMarkers({ interpolate: (s: string) => s });
    const sub = operator(of([] as DataFrame[])).subscribe((frames) => seen.push(frames));
    return { seen, sub };
  };

  it('draws once the ROI panel has answered, not before', () => {
    const { seen, sub } = run();
    jest.advanceTimersByTime(1000);
    expect(seen).toHaveLength(0);
    announceRoiAnswered();
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([[]]);
    sub.unsubscribe();
  });

  it('draws anyway after 5 s when no ROI panel answers', () => {
    const { seen, sub } = run();
    jest.advanceTimersByTime(4999);
    expect(seen).toHaveLength(0);
    jest.advanceTimersByTime(2);
    expect(seen).toEqual([[]]);
    sub.unsubscribe();
  });
});
