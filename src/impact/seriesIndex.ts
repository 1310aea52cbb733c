import type { InputSeries, Point, SampleValue } from './series';

/** What a series is called when the service label is absent (`connhealth report` and the ROI panel use it). */
export const NO_SERVICE_LABEL = '(no label)';

/** Above this no rate, ratio or socket count is real (10¹² requests/s); larger values would overflow the sums. */
export const MAX_PLAUSIBLE_SAMPLE = 1e12;

/** A service's usable samples: sorted, one per timestamp, in two typed columns. */
export interface CleanSeries {
  t: Float64Array;
  v: Float64Array;
}

/** Unix ms bounds, both included. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Counts of samples dropped while cleaning, for warnings. */
export interface CleanStats {
  implausible: number;
}

const EMPTY: CleanSeries = { t: new Float64Array(0), v: new Float64Array(0) };

export function isUnlabelled(service: string): boolean {
  return service === NO_SERVICE_LABEL || service.trim() === '';
}

/** Series (or anything with a service) by service, in first-seen order; nothing is copied. */
export function groupByService<T extends { service: string }>(series: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const s of series) {
    const list = grouped.get(s.service);
    if (list) {
      list.push(s);
    } else {
      grouped.set(s.service, [s]);
    }
  }
  return grouped;
}

/** The sample value as data, NaN when it is not (NaN/Inf strings, blanks, negatives, null). */
export function dataValue(raw: SampleValue): number {
  if (typeof raw === 'number') {
    return raw >= 0 && raw !== Infinity ? raw : Number.NaN;
  }
  if (typeof raw === 'string') {
    const n = Number(raw);
    // Number('') and Number(' ') are 0: a blank is not a zero (checked only then, so no trim per sample).
    return n >= 0 && n !== Infinity && (n !== 0 || raw.trim() !== '') ? n : Number.NaN;
  }
  return Number.NaN;
}

function inWindow(time: number, window: TimeWindow): boolean {
  return time >= window.from && time <= window.to && Number.isFinite(time);
}

function sampleCount(list: InputSeries[]): number {
  let total = 0;
  for (const s of list) {
    total += 'samples' in s ? s.samples.length : Math.min(s.times.length, s.values.length);
  }
  return total;
}

/** Reusable typed columns: cleaning a fleet service by service allocates once per kind of series, not per service. */
export class Scratch<K extends string = 't' | 'v'> {
  private readonly columns = {} as Record<K, Float64Array>;
  private capacity = 0;

  constructor(private readonly names: readonly K[] = ['t', 'v'] as unknown as K[]) {}

  /** Columns of at least `size` values: the same arrays as last time unless they were too short. */
  reserve(size: number): Record<K, Float64Array> {
    if (this.capacity === 0 || this.capacity < size) {
      this.capacity = Math.max(size, this.capacity * 2, 1);
      for (const name of this.names) {
        this.columns[name] = new Float64Array(this.capacity);
      }
    }
    return this.columns;
  }
}

class Collector {
  n = 0;
  sorted = true;
  implausible = 0;

  constructor(
    private readonly t: Float64Array,
    private readonly v: Float64Array,
    private readonly window: TimeWindow
  ) {}

  add(time: number, raw: SampleValue): void {
    // The window first: outside it the value is never parsed.
    if (!inWindow(time, this.window)) {
      return;
    }
    const value = dataValue(raw);
    if (!(value >= 0)) {
      return;
    }
    if (value > MAX_PLAUSIBLE_SAMPLE) {
      this.implausible += 1;
      return;
    }
    this.sorted = this.sorted && (this.n === 0 || time > this.t[this.n - 1]);
    this.t[this.n] = time;
    this.v[this.n] = value;
    this.n += 1;
  }
}

const EVERYTHING: TimeWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

/**
 * One service's series merged into sorted, de-duplicated columns: NaN/Inf, blanks, negatives, implausibly large
 * values and samples outside the window are left out. Linear when the samples arrive in time order. With a
 * scratch the result lives in its buffers, valid until the scratch is used again.
 */
export function cleanSeries(
  list: InputSeries[],
  window: TimeWindow = EVERYTHING,
  stats?: CleanStats,
  scratch: Scratch = new Scratch()
): CleanSeries {
  const { t, v } = scratch.reserve(sampleCount(list));
  const c = new Collector(t, v, window);
  for (const s of list) {
    if ('samples' in s) {
      for (const sample of s.samples) {
        c.add(sample[0], sample[1]);
      }
    } else {
      const n = Math.min(s.times.length, s.values.length);
      for (let i = 0; i < n; i++) {
        c.add(s.times[i], s.values[i]);
      }
    }
  }
  if (stats) {
    stats.implausible += c.implausible;
  }
  if (c.n === 0) {
    return EMPTY;
  }
  return c.sorted ? { t: t.subarray(0, c.n), v: v.subarray(0, c.n) } : sortUnique(t, v, c.n);
}

/** Stable sort by time; of several samples at one timestamp the last given wins. */
function sortUnique(t: Float64Array, v: Float64Array, n: number): CleanSeries {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => t[a] - t[b] || a - b);
  const outT = new Float64Array(n);
  const outV = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (m > 0 && outT[m - 1] === t[i]) {
      outV[m - 1] = v[i];
      continue;
    }
    outT[m] = t[i];
    outV[m] = v[i];
    m += 1;
  }
  return { t: outT.subarray(0, m), v: outV.subarray(0, m) };
}

export function pointsOf(series: CleanSeries): Point[] {
  return Array.from(series.t, (t, i) => ({ t, v: series.v[i] }));
}

/** True as soon as one sample is data (stops at the first one). */
export function hasUsableSample(series: InputSeries[], window: TimeWindow = EVERYTHING): boolean {
  const usable = (time: number, raw: SampleValue) => {
    const value = dataValue(raw);
    return value >= 0 && value <= MAX_PLAUSIBLE_SAMPLE && inWindow(time, window);
  };
  return series.some((s) =>
    'samples' in s
      ? s.samples.some((sample) => usable(sample[0], sample[1]))
      : Array.prototype.some.call(s.values, (raw: SampleValue, i: number) => usable(s.times[i], raw))
  );
}

/** First index whose time is at or after `time`. */
export function lowerBound(times: Float64Array, time: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < time) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Sum, count and maximum of the values with from ≤ t ≤ to. */
export function windowStats(
  series: CleanSeries,
  from: number,
  to: number
): { sum: number; count: number; max: number } {
  let sum = 0;
  let count = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = lowerBound(series.t, from); i < series.t.length && series.t[i] <= to; i++) {
    sum += series.v[i];
    count += 1;
    max = series.v[i] > max ? series.v[i] : max;
  }
  return { sum, count, max };
}
