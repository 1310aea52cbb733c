import type { InputSeries, SampleValue } from './series';
import { dataValue } from './seriesIndex';

/** A series as two Float64Array columns, non-data values as NaN: moves to a Web Worker without a copy. */
export interface TypedColumns {
  service: string;
  times: Float64Array;
  values: Float64Array;
}

// A missing time is NaN, never the 0 a Float64Array would make of null: the engine skips non-finite times.
function timeValue(time: unknown): number {
  return typeof time === 'number' ? time : Number.NaN;
}

// The typed array's own constructor copies a plain array of numbers natively; only its zeros need a second look,
// because it also turns null and blank strings (no data) into 0.
function numbersOf<T>(source: ArrayLike<T>, n: number, exact: (raw: T) => number): Float64Array {
  const column = new Float64Array(n);
  if (Array.isArray(source) && source.length === n) {
    column.set(source as unknown as number[]);
    for (let i = 0; i < n; i++) {
      const x = column[i];
      if (x === 0 ? typeof source[i] !== 'number' : !(x >= 0 && x !== Infinity)) {
        column[i] = exact(source[i]);
      }
    }
    return column;
  }
  for (let i = 0; i < n; i++) {
    column[i] = exact(source[i]);
  }
  return column;
}

/**
 * Packs series into typed columns the engine reads exactly as it reads the originals. Series sharing one time column
 * (the fields of a data frame) share one packed column; `buffers` lists each buffer once, for postMessage's transfer.
 */
export class ColumnPacker {
  readonly buffers: ArrayBuffer[] = [];
  private readonly times = new Map<unknown, Float64Array>();

  pack(series: InputSeries): TypedColumns {
    if ('samples' in series) {
      const times = this.keep(new Float64Array(series.samples.length));
      const values = this.keep(new Float64Array(series.samples.length));
      series.samples.forEach(([t, v], i) => {
        times[i] = timeValue(t);
        values[i] = dataValue(v);
      });
      return { service: series.service, times, values };
    }
    const n = Math.min(series.times.length, series.values.length);
    const values = this.keep(numbersOf<SampleValue>(series.values, n, dataValue));
    return { service: series.service, times: this.timesOf(series.times, n), values };
  }

  private timesOf(source: ArrayLike<number>, n: number): Float64Array {
    const known = this.times.get(source);
    if (known && known.length === n) {
      return known;
    }
    const times = this.keep(numbersOf<unknown>(source, n, timeValue));
    if (!known) {
      this.times.set(source, times);
    }
    return times;
  }

  private keep(column: Float64Array): Float64Array {
    // Made here by `new Float64Array(n)`: a plain ArrayBuffer, never a shared one.
    this.buffers.push(column.buffer as ArrayBuffer);
    return column;
  }
}
