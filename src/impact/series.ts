import { groupByService, cleanSeries, pointsOf } from './seriesIndex';

/** Prometheus sends sample values as strings, including "NaN", "+Inf" and "-Inf". */
export type SampleValue = number | string | null | undefined;

/** [unix milliseconds, value] */
export type RawSample = [number, SampleValue];

/** One series per service (or per node for CLOSE_WAIT counts), as a query returns it. */
export interface ServiceSeries {
  service: string;
  samples: RawSample[];
}

/** The same series as two columns (a Grafana data frame's time and value fields): no pair per sample. */
export interface ServiceColumns {
  service: string;
  /** Unix ms, one per value. */
  times: ArrayLike<number>;
  values: ArrayLike<SampleValue>;
}

/** Either shape; the engine reads both. */
export type InputSeries = ServiceSeries | ServiceColumns;

export interface Point {
  t: number;
  v: number;
}

/** A finite, non-negative number, or undefined: NaN/Inf, blank strings and the negative jumps of a counter reset are not data. */
export function sampleNumber(value: SampleValue): number | undefined {
  const n = typeof value === 'string' ? (value.trim() === '' ? Number.NaN : Number(value)) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Usable points in time order, one per timestamp (the last sample given for a timestamp wins). */
export function cleanPoints(samples: RawSample[]): Point[] {
  return pointsOf(cleanSeries([{ service: '', samples }]));
}

/** Series of the same service merged (Prometheus may split one service over several result series). */
export function pointsByService(series: InputSeries[]): Map<string, Point[]> {
  const grouped = groupByService(series);
  return new Map([...grouped.entries()].map(([service, list]) => [service, pointsOf(cleanSeries(list))]));
}

/** Puts the k-th smallest value at index k, smaller ones before it (Hoare's selection: linear on average). */
function selectKth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) {
        i++;
      }
      while (a[j] > pivot) {
        j--;
      }
      if (i <= j) {
        const swap = a[i];
        a[i++] = a[j];
        a[j--] = swap;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      break;
    }
  }
  return a[k];
}

/** The middle value (mean of the two middle ones for an even count); 0 for none. Linear, no full sort. */
export function median(values: ArrayLike<number>): number {
  return medianInPlace(Float64Array.from(values));
}

/** median() that reorders its argument instead of copying it. */
export function medianInPlace(a: Float64Array): number {
  const n = a.length;
  if (n === 0) {
    return 0;
  }
  const mid = n >>> 1;
  const upper = selectKth(a, mid);
  if (n % 2) {
    return upper;
  }
  let lower = a[0];
  for (let i = 1; i < mid; i++) {
    lower = a[i] > lower ? a[i] : lower;
  }
  return (lower + upper) / 2;
}

/** The sampling step of a series in ms: the median distance between neighbours. */
export function stepMs(points: ReadonlyArray<{ t: number }>, fallbackMs: number): number {
  return stepOfTimes(
    points.map((p) => p.t),
    fallbackMs
  );
}

/** stepMs over bare timestamps; a regular grid (the usual case) needs no sort and no copy. */
export function stepOfTimes(times: ArrayLike<number>, fallbackMs: number): number {
  if (times.length < 2) {
    return fallbackMs;
  }
  const first = times[1] - times[0];
  let regular = true;
  for (let i = 2; regular && i < times.length; i++) {
    regular = times[i] - times[i - 1] === first;
  }
  return regular ? first : median(Float64Array.from({ length: times.length - 1 }, (_, i) => times[i + 1] - times[i]));
}

export function sumOver(points: Point[], from: number, to: number): { sum: number; count: number; max: number } {
  let sum = 0;
  let count = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.t >= from && p.t <= to) {
      sum += p.v;
      count += 1;
      max = p.v > max ? p.v : max;
    }
  }
  return { sum, count, max };
}
