import { median, pointsByService, stepMs, type Point, type ServiceSeries } from './series';

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
  errors: ServiceSeries[];
  /** Requests per second by service. */
  requests: ServiceSeries[];
}

interface RatioPoint {
  t: number;
  errors: number;
  requests: number;
  ratio: number;
}

function ratioPoints(errors: Point[], requests: Point[], minRequests: number): RatioPoint[] {
  const errorAt = new Map(errors.map((p) => [p.t, p.v]));
  return requests
    .filter((r) => r.v >= minRequests && errorAt.has(r.t))
    .map((r) => {
      const e = errorAt.get(r.t) as number;
      return { t: r.t, errors: e, requests: r.v, ratio: e / r.v };
    });
}

/** Runs of points above the threshold; a quiet or missing stretch up to maxGap does not end a run. */
function hotRuns(points: RatioPoint[], threshold: number, maxGapMs: number, step: number): RatioPoint[][] {
  const runs: RatioPoint[][] = [];
  let lastHot: number | undefined;
  for (const p of points) {
    if (p.ratio <= threshold) {
      continue;
    }
    if (lastHot === undefined || p.t - lastHot > maxGapMs + step) {
      runs.push([]);
    }
    runs[runs.length - 1].push(p);
    lastHot = p.t;
  }
  return runs.map((hot) => points.filter((p) => p.t >= hot[0].t && p.t <= hot[hot.length - 1].t));
}

function describeBurst(service: string, run: RatioPoint[], baseline: number, step: number): Burst {
  const start = run[0].t;
  const end = run[run.length - 1].t + step;
  const errors = run.reduce((s, p) => s + p.errors, 0);
  const requests = run.reduce((s, p) => s + p.requests, 0);
  const excessPerSecond = run.reduce((s, p) => s + Math.max(0, p.errors - baseline * p.requests), 0);
  return {
    service,
    start,
    end,
    durationSeconds: (end - start) / 1000,
    peakErrorRate: Math.max(...run.map((p) => p.ratio)),
    meanErrorRate: errors / requests,
    baselineErrorRate: baseline,
    meanRequestsPerSecond: requests / run.length,
    peak5xxPerSecond: Math.max(...run.map((p) => p.errors)),
    excessFailures: excessPerSecond * (step / 1000),
  };
}

/**
 * Bursts: the 5xx ratio well above the service's own baseline for a minimum duration. A ratio, not a
 * count, so a rolling deployment that moves traffic without failing it is not a burst.
 */
export function detectBursts(series: BurstSeries, options: Partial<BurstOptions> = {}): Burst[] {
  const o = { ...DEFAULT_BURST_OPTIONS, ...options };
  const errorsByService = pointsByService(series.errors);
  const bursts: Burst[] = [];
  for (const [service, requests] of pointsByService(series.requests)) {
    const points = ratioPoints(errorsByService.get(service) ?? [], requests, o.minRequestsPerSecond);
    if (points.length === 0) {
      continue;
    }
    const step = stepMs(requests, o.fallbackStepSeconds * 1000);
    const baseline = median(points.map((p) => p.ratio));
    const threshold = Math.max(baseline * o.baselineMultiple, baseline + o.minExcessErrorRate);
    for (const run of hotRuns(points, threshold, o.maxGapSeconds * 1000, step)) {
      const burst = describeBurst(service, run, baseline, step);
      if (burst.durationSeconds >= o.minDurationSeconds) {
        bursts.push(burst);
      }
    }
  }
  return bursts.sort((a, b) => a.start - b.start || a.service.localeCompare(b.service));
}
