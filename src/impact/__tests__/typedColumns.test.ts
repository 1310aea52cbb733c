import { SEED_ASSUMPTIONS } from '../assumptions';
import { liveImpact, type LiveSeries } from '../liveImpact';
import type { InputSeries, SampleValue, ServiceColumns } from '../series';
import { ColumnPacker, type TypedColumns } from '../typedColumns';
import { MINUTE, MINUTES, T0, live } from './syntheticSeries';

const RANGE = { from: T0, to: T0 + MINUTES * MINUTE, assumptions: SEED_ASSUMPTIONS };

// Every kind of value a Prometheus answer or a data frame can hold, at the start of a column.
const HOSTILE: SampleValue[] = [null, undefined, 'NaN', '+Inf', '-Inf', '', ' ', '7', -3, Infinity, NaN, 0, 2e12, 5];

function asColumns(s: InputSeries, hostile: boolean): ServiceColumns {
  const samples = 'samples' in s ? s.samples : [];
  const values = samples.map(([, v], i) => (hostile && i < HOSTILE.length ? HOSTILE[i] : v));
  return { service: s.service, times: samples.map(([t]) => t), values };
}

function packAll(series: LiveSeries, packer: ColumnPacker): LiveSeries {
  return Object.fromEntries(
    Object.entries(series).map(([name, list]) => [name, (list as InputSeries[]).map((s) => packer.pack(s))])
  ) as unknown as LiveSeries;
}

describe('ColumnPacker: series as Float64Array columns for the worker', () => {
  it('gives the engine the same result as the frame columns and the CLI tuples, hostile values included', () => {
    const tuples = live();
    const columns = Object.fromEntries(
      Object.entries(tuples).map(([name, list]) => [name, (list as InputSeries[]).map((s) => asColumns(s, true))])
    ) as unknown as LiveSeries;
    const packedColumns = packAll(columns, new ColumnPacker());
    const packedTuples = packAll(tuples, new ColumnPacker());
    const packedErrors = packedColumns.errors[0] as TypedColumns;
    expect(packedErrors.values).toBeInstanceOf(Float64Array);
    expect(liveImpact(packedColumns, RANGE)).toEqual(liveImpact(columns, RANGE));
    expect(liveImpact(packedTuples, RANGE)).toEqual(liveImpact(tuples, RANGE));
    // The hostile head: only real, finite, non-negative values stay data (2e12 stays, the engine counts it implausible).
    const head = Array.from(packedErrors.values.subarray(0, HOSTILE.length));
    expect(head).toEqual([NaN, NaN, NaN, NaN, NaN, NaN, NaN, 7, NaN, NaN, NaN, 0, 2e12, 5]);
  });

  it('packs a time column shared by several fields once, and lists each buffer once for the transfer', () => {
    const times = [T0, T0 + MINUTE, T0 + 2 * MINUTE];
    const packer = new ColumnPacker();
    const a = packer.pack({ service: 'a', times, values: [1, null, 3] });
    const b = packer.pack({ service: 'b', times, values: [4, 5, 6] });
    const c = packer.pack({ service: 'c', times: [...times], values: [7, 8, 9] });
    expect(b.times).toBe(a.times);
    expect(c.times).not.toBe(a.times);
    expect(new Set(packer.buffers).size).toBe(packer.buffers.length);
    expect(packer.buffers).toHaveLength(5);
    expect(Array.from(a.values)).toEqual([1, NaN, 3]);
    // The originals are copied, never detached or changed.
    expect(times).toEqual([T0, T0 + MINUTE, T0 + 2 * MINUTE]);
  });

  it('keeps a missing time out of the data (NaN, not the 0 a typed array would make of null)', () => {
    const packed = new ColumnPacker().pack({ service: 'a', times: [T0, null as unknown as number], values: [1, 2] });
    expect(Array.from(packed.times)).toEqual([T0, NaN]);
  });
});
