import { sliceLive } from '../sliceSeries';
import type { PairedLiveSeries } from '../types';

const series = (service: string) => [{ service, samples: [0, 1000, 2000].map((t) => [t, 1] as [number, number]) }];

describe('sliceLive: one window of the ROI inputs for fix validation', () => {
  it('keeps the edge 5xx where scraped, so each window prices the failures its users saw', () => {
    const live: PairedLiveSeries = {
      errors: series('a'),
      requests: series('a'),
      pages: series('a'),
      rxReset: [],
      remoteCloseRatio: [],
      closeWait: [],
      userErrors: series('a'),
    };
    const window = sliceLive(live, { from: 1000, to: 2000 });
    expect(window.userErrors).toEqual([{ service: 'a', samples: [[1000, 1]] }]);
    const { userErrors: _edge, ...withoutEdge } = live;
    expect('userErrors' in sliceLive(withoutEdge, { from: 0, to: 3000 })).toBe(false);
  });
});
