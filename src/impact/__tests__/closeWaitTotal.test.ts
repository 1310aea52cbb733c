import { totalCloseWait } from '../attribution';
import type { ServiceColumns } from '../series';

const node = (name: string, times: number[], values: number[]): ServiceColumns => ({ service: name, times, values });

describe('CLOSE_WAIT summed over nodes (buffers reused node after node)', () => {
  const nodes = [
    node('10.0.0.1:9100', [0, 60, 120, 180], [1, 2, 3, 4]),
    node('10.0.0.2:9100', [60, 120, 240], [10, 20, 40]),
    node('10.0.0.3:9100', [0, 240, 300], [100, Number.NaN, 300]),
  ];

  it('adds every node at each timestamp any node has, in time order', () => {
    const total = totalCloseWait(nodes);
    expect(Array.from(total.t)).toEqual([0, 60, 120, 180, 240, 300]);
    expect(Array.from(total.v)).toEqual([101, 12, 23, 4, 40, 300]);
  });

  it('returns columns of their own: a later sum does not overwrite an earlier one', () => {
    const first = totalCloseWait(nodes);
    totalCloseWait([node('10.0.0.9:9100', [0, 60], [7, 7])]);
    expect(Array.from(first.v)).toEqual([101, 12, 23, 4, 40, 300]);
    expect(first.t.length).toBe(first.t.buffer.byteLength / 8);
  });

  it('is empty without nodes', () => {
    expect(totalCloseWait([]).t.length).toBe(0);
  });
});
