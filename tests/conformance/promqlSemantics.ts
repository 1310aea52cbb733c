/**
 * Which samples a PromQL range selector picks, and what PromQL's rate and increase functions make of them, in the two semantics this
 * project meets: Prometheus 2.x (the tests' Debian 2.42: `[t − range, t]`, both ends included) and 3.x (the demo's
 * 3.5: `(t − range, t]`, left-open). Computed from the simulator's own counters, so a test can hold the served value
 * to the running server's semantics exactly and check that its tolerance also holds under the other one.
 */
export type RangeSemantics = 'closed' | 'left-open';

export const BOTH_SEMANTICS: RangeSemantics[] = ['closed', 'left-open'];

export interface CounterSamples {
  /** Unix seconds of sample i, ascending. */
  timeAt(i: number): number;
  values: ArrayLike<number>;
}

/** Prometheus 3.0 made range selectors (and the lookback delta) left-open; 2.x included both ends. */
export async function semanticsOf(prometheusUrl: string): Promise<RangeSemantics> {
  const body = (await (await fetch(`${prometheusUrl}/api/v1/status/buildinfo`)).json()) as {
    data: { version: string };
  };
  return Number(body.data.version.split('.')[0]) >= 3 ? 'left-open' : 'closed';
}

// First index whose time satisfies `after` (times ascend): a binary search, so a month of hourly windows stays cheap.
function firstIndex(series: CounterSamples, after: (ts: number) => boolean): number {
  let [lo, hi] = [0, series.values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(series.timeAt(mid))) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

function window(series: CounterSamples, t: number, range: number, semantics: RangeSemantics): number[] {
  const from = firstIndex(series, (ts) => (semantics === 'closed' ? ts >= t - range : ts > t - range));
  const to = firstIndex(series, (ts) => ts > t);
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * PromQL's increase of a counter over `range` at t (promql/functions.go extrapolatedRate). The arithmetic is the same in 2.42 and 3.x
 * except the order of two clamps at the window's start, kept here as each version has it.
 */
export function counterIncrease(series: CounterSamples, t: number, range: number, semantics: RangeSemantics): number {
  const picked = window(series, t, range, semantics);
  if (picked.length < 2) {
    return NaN;
  }
  const first = picked[0];
  const last = picked[picked.length - 1];
  let result = series.values[last] - series.values[first];
  for (let k = 1; k < picked.length; k++) {
    const previous = series.values[picked[k - 1]];
    if (series.values[picked[k]] < previous) {
      result += previous;
    }
  }
  const sampled = series.timeAt(last) - series.timeAt(first);
  const average = sampled / (picked.length - 1);
  const threshold = average * 1.1;
  let toStart = series.timeAt(first) - (t - range);
  let toEnd = t - series.timeAt(last);
  const toZero = result > 0 && series.values[first] >= 0 ? sampled * (series.values[first] / result) : Infinity;
  if (semantics === 'closed') {
    toStart = Math.min(toStart, toZero);
    toStart = toStart < threshold ? toStart : average / 2;
  } else {
    toStart = toStart < threshold ? toStart : average / 2;
    toStart = Math.min(toStart, toZero);
  }
  toEnd = toEnd < threshold ? toEnd : average / 2;
  return result * ((sampled + toStart + toEnd) / sampled);
}

/** PromQL's rate of a counter over `range` at t. */
export function counterRate(series: CounterSamples, t: number, range: number, semantics: RangeSemantics): number {
  return counterIncrease(series, t, range, semantics) / range;
}
