import { getFieldDisplayName } from '@grafana/data';
import { serviceFrame } from '../../../panels/revenue-impact/__tests__/serviceFrame';
import { burstMarkerFrames } from '../burstMarkers';

const T0 = Date.UTC(2026, 3, 13);
const MINUTES = 2880;
const BURSTS: Record<string, Array<[number, number]>> = {
  checkout: [
    [300, 330],
    [2000, 2040],
  ],
  search: [[1000, 1010]],
};
const inBurst = (service: string, m: number) => BURSTS[service].some(([a, b]) => m >= a && m < b);

describe('burstMarkerFrames with several services and bursts', () => {
  it('marks exactly each service’s own burst minutes, walking points and bursts once', () => {
    const frames = Object.keys(BURSTS).flatMap((service) => [
      serviceFrame('requests', service, MINUTES, T0, () => 1000),
      serviceFrame('errors', service, MINUTES, T0, (m) => 1000 * (inBurst(service, m) ? 0.02 : 0.0005)),
    ]);
    const marked = burstMarkerFrames(frames);
    expect(marked.map((f) => f.name)).toEqual(['checkout', 'search']);
    for (const f of marked) {
      const burstMinutes = f.fields[2].values.flatMap((v, m) => (v === null ? [] : [m]));
      const expected = Array.from({ length: MINUTES }, (_, m) => m).filter((m) => inBurst(f.name as string, m));
      expect(burstMinutes).toEqual(expected);
    }
  });
});

describe('burstMarkerFrames display names (Grafana’s getFieldDisplayName from @grafana/data, no runtime faked)', () => {
  it('names each series once by its service, also when several services are charted', () => {
    const frames = ['checkout', 'search'].flatMap((service) => [
      serviceFrame('requests', service, MINUTES, T0, () => 1000),
      serviceFrame('errors', service, MINUTES, T0, () => 10),
    ]);
    const marked = burstMarkerFrames(frames);
    const names = marked.flatMap((frame) =>
      frame.fields.slice(1).map((field) => getFieldDisplayName(field, frame, marked))
    );
    expect(names).toEqual(['checkout 5xx ratio', 'checkout burst', 'search 5xx ratio', 'search burst']);
  });
});
