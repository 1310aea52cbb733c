import { medianInPlace, stepOfTimes, type InputSeries } from './series';
import { cleanSeries, groupByService, Scratch, type CleanSeries } from './seriesIndex';

export interface BurstOptions {
  /** A burst must last this long (seed: restart-to-recover takes 15–45 minutes). */
  minDurationSeconds: number;
  /** Quieter stretches up to this long inside a burst do not split it. */
  maxGapSeconds: number;
  /** Error ratio must exceed baseline × this… */
  baselineMultiple: number;
  /** …and baseline + this (seed: 0.05% baseline, bursts 0.7–5.8%). */
  minExcessErrorRate: number;
  /** Below this request rate a ratio is noise (the catalogue's volume guard). */
  minRequestsPerSecond: number;
  /** Step used when a series has a single point. */
  fallbackStepSeconds: number;
}

export const DEFAULT_BURST_OPTIONS: BurstOptions = {
  minDurationSeconds: 300,
  maxGapSeconds: 300,
  baselineMultiple: 5,
  minExcessErrorRate: 0.005,
  minRequestsPerSecond: 1,
  fallbackStepSeconds: 60,
};

export interface Burst {
  service: string;
  /** Unix ms. */
  start: number;
  end: number;
  durationSeconds: number;
  peakErrorRate: number;
  /** 5xx ÷ requests over the whole burst. */
  meanErrorRate: number;
  /** The service's own median error ratio over the range. */
  baselineErrorRate: number;
  meanRequestsPerSecond: number;
  peak5xxPerSecond: number;
  /** 5xx above the baseline ratio, integrated over the burst. */
  excessFailures: number;
}

export interface BurstSeries {
  /** 5xx per second by service. */
  errors: InputSeries[];
  /** Requests per second by service. */
  requests: InputSeries[];
}

/** The 5xx ratio where the service serves enough requests: aligned columns, in time order. */
interface RatioColumns {
  t: Float64Array;
  errors: Float64Array;
  requests: Float64Array;
  ratio: Float64Array;
  n: number;
}

// Reused service after service (detection is synchronous and nothing returned points into it): one allocation per fleet.
const scratch = new Scratch(['t', 'errors', 'requests', 'ratio', 'sorted'] as const);

function ratioColumns(errors: CleanSeries, requests: CleanSeries, minRequests: number): RatioColumns {
  const size = requests.t.length;
  const out = { ...scratch.reserve(size), n: 0 };
  let j = 0;
  for (let i = 0; i < size; i++) {
    const t = requests.t[i];
    const r = requests.v[i];
    while (j < errors.t.length && errors.t[j] < t) {
      j++;
    }
    if (j < errors.t.length && errors.t[j] === t && r >= minRequests && r > 0) {
      out.t[out.n] = t;
      out.errors[out.n] = errors.v[j];
      out.requests[out.n] = r;
      out.ratio[out.n] = errors.v[j] / r;
      out.n += 1;
    }
  }
  return out;
}

/** Index ranges [first, last] of runs above the threshold; a quiet or missing stretch up to maxGap does not end a run. */
function hotRuns(points: RatioColumns, threshold: number, maxGapMs: number, step: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < points.n; k++) {
    if (!(points.ratio[k] > threshold)) {
      continue;
    }
    const current = runs[runs.length - 1];
    if (current === undefined || points.t[k] - points.t[current[1]] > maxGapMs + step) {
      runs.push([k, k]);
    } else {
      current[1] = k;
    }
  }
  return runs;
}

function describeBurst(
  service: string,
  p: RatioColumns,
  [first, last]: [number, number],
  baseline: number,
  step: number
): Burst {
  let errors = 0;
  let requests = 0;
  let excessPerSecond = 0;
  let peakErrorRate = 0;
  let peak5xxPerSecond = 0;
  for (let k = first; k <= last; k++) {
    errors += p.errors[k];
    requests += p.requests[k];
    excessPerSecond += Math.max(0, p.errors[k] - baseline * p.requests[k]);
    peakErrorRate = Math.max(peakErrorRate, p.ratio[k]);
    peak5xxPerSecond = Math.max(peak5xxPerSecond, p.errors[k]);
  }
  const start = p.t[first];
  const end = p.t[last] + step;
  return {
    service,
    start,
    end,
    durationSeconds: (end - start) / 1000,
    peakErrorRate,
    meanErrorRate: errors / requests,
    baselineErrorRate: baseline,
    meanRequestsPerSecond: requests / (last - first + 1),
    peak5xxPerSecond,
    excessFailures: excessPerSecond * (step / 1000),
  };
}

/** One service's bursts from its cleaned 5xx and request series, in time order. */
export function detectServiceBursts(
  service: string,
  errors: CleanSeries,
  requests: CleanSeries,
  o: BurstOptions,
  step = stepOfTimes(requests.t, o.fallbackStepSeconds * 1000)
): Burst[] {
  const points = ratioColumns(errors, requests, o.minRequestsPerSecond);
  if (points.n === 0) {
    return [];
  }
  const ratios = scratch.reserve(points.n).sorted.subarray(0, points.n);
  ratios.set(points.ratio.subarray(0, points.n));
  const baseline = medianInPlace(ratios);
  const threshold = Math.max(baseline * o.baselineMultiple, baseline + o.minExcessErrorRate);
  return hotRuns(points, threshold, o.maxGapSeconds * 1000, step)
    .map((run) => describeBurst(service, points, run, baseline, step))
    .filter((burst) => burst.durationSeconds >= o.minDurationSeconds);
}

export function compareBursts(a: Burst, b: Burst): number {
  return a.start - b.start || a.service.localeCompare(b.service);
}

/**
 * Bursts: the 5xx ratio well above the service's own baseline for a minimum duration. A ratio, not a
 * count, so a rolling deployment that moves traffic without failing it is not a burst.
 */
export function detectBursts(series: BurstSeries, options: Partial<BurstOptions> = {}): Burst[] {
  const o = { ...DEFAULT_BURST_OPTIONS, ...options };
  const errorsByService = groupByService(series.errors);
  // Each service's cleaned columns are dropped before the next service's: two buffers serve the whole fleet.
  const columns = { errors: new Scratch(), requests: new Scratch() };
  const clean = (list: InputSeries[], kind: keyof typeof columns) =>
    cleanSeries(list, undefined, undefined, columns[kind]);
  const bursts: Burst[] = [];
  for (const [service, requests] of groupByService(series.requests)) {
    const errors = errorsByService.get(service);
    const found = errors ? detectServiceBursts(service, clean(errors, 'errors'), clean(requests, 'requests'), o) : [];
    for (const burst of found) {
      bursts.push(burst);
    }
  }
  return bursts.sort(compareBursts);
}
