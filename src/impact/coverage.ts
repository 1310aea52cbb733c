import type { TimeWindow } from './seriesIndex';

/** Where the request series have samples, and the range asked for (unix ms). */
export interface DataCoverage {
  from: number;
  to: number;
  requestedFrom: number;
  requestedTo: number;
}

export interface CoverageRun {
  start: number;
  end: number;
}

/** Stretches with samples: neighbours closer than the tolerance are one stretch; each sample covers one step. */
export function sampledRuns(times: Float64Array, stepMs: number, toleranceMs: number): CoverageRun[] {
  const runs: CoverageRun[] = [];
  if (times.length === 0) {
    return runs;
  }
  let start = times[0];
  for (let i = 1; i < times.length; i++) {
    if (times[i] - times[i - 1] > toleranceMs) {
      runs.push({ start, end: times[i - 1] + stepMs });
      start = times[i];
    }
  }
  runs.push({ start, end: times[times.length - 1] + stepMs });
  return runs;
}

/** The union of every service's stretches, inside the requested range: its outer bounds and its length. */
export function coverageOf(runs: CoverageRun[], requested: TimeWindow): { coverage: DataCoverage; coveredMs: number } {
  const inside = runs
    .map((r) => ({ start: Math.max(r.start, requested.from), end: Math.min(r.end, requested.to) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const empty = { from: requested.from, to: requested.from, requestedFrom: requested.from, requestedTo: requested.to };
  if (inside.length === 0) {
    return { coverage: empty, coveredMs: 0 };
  }
  let coveredMs = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const r of inside) {
    coveredMs += Math.max(0, r.end - Math.max(r.start, reach));
    reach = Math.max(reach, r.end);
  }
  return { coverage: { ...empty, from: inside[0].start, to: reach }, coveredMs };
}
