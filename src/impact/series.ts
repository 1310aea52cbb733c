/** Prometheus sends sample values as strings, including "NaN", "+Inf" and "-Inf". */
export type SampleValue = number | string | null | undefined;

/** [unix milliseconds, value] */
export type RawSample = [number, SampleValue];

/** One series per service (or per node for CLOSE_WAIT counts), as a query returns it. */
export interface ServiceSeries {
  service: string;
  samples: RawSample[];
}

export interface Point {
  t: number;
  v: number;
}

/** A finite, non-negative number, or undefined: NaN/Inf and the negative jumps of a counter reset are not data. */
export function sampleNumber(value: SampleValue): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Usable points in time order, one per timestamp. */
export function cleanPoints(samples: RawSample[]): Point[] {
  const byTime = new Map<number, number>();
  for (const [t, raw] of samples) {
    const v = sampleNumber(raw);
    if (Number.isFinite(t) && v !== undefined) {
      byTime.set(t, v);
    }
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t, v }));
}

/** Series of the same service merged (Prometheus may split one service over several result series). */
export function pointsByService(series: ServiceSeries[]): Map<string, Point[]> {
  const samples = new Map<string, RawSample[]>();
  for (const s of series) {
    samples.set(s.service, [...(samples.get(s.service) ?? []), ...s.samples]);
  }
  return new Map([...samples.entries()].map(([service, raw]) => [service, cleanPoints(raw)]));
}

export function median(values: number[]): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The sampling step of a series in ms: the median distance between neighbours. */
export function stepMs(points: ReadonlyArray<{ t: number }>, fallbackMs: number): number {
  const gaps = points.slice(1).map((p, i) => p.t - points[i].t);
  return gaps.length ? median(gaps) : fallbackMs;
}

export function sumOver(points: Point[], from: number, to: number): { sum: number; count: number; max: number } {
  let sum = 0;
  let count = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.t >= from && p.t <= to) {
      sum += p.v;
      count += 1;
      max = Math.max(max, p.v);
    }
  }
  return { sum, count, max };
}
