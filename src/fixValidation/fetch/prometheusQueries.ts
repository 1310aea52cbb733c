import { PROMETHEUS_MAX_POINTS } from '../../impact/queryStep';

/** Prometheus refuses range queries above 11,000 points per series (one limit for the whole app). */
export const MAX_POINTS_PER_SERIES = PROMETHEUS_MAX_POINTS;

export interface PromSeries {
  metric: Record<string, string>;
  /** [unix seconds, value as Prometheus sends it: "1.5", "NaN", "+Inf"] */
  values: Array<[number, string]>;
}

export interface PromInstantSample {
  metric: Record<string, string>;
  value: string;
}

/**
 * The two calls fix validation makes on Prometheus's HTTP API: the CLI talks to Prometheus (or Thanos, Mimir)
 * directly, the page and the panel through Grafana's datasource proxy. Both send the same expressions.
 */
export interface PrometheusQueries {
  /** A range query; the client splits it so no request exceeds MAX_POINTS_PER_SERIES and joins the pieces. */
  queryRange(expr: string, start: number, end: number, stepSeconds: number, what: string): Promise<PromSeries[]>;
  queryInstant(expr: string, time: number, what: string): Promise<PromInstantSample[]>;
}

/** [start, end] windows (unix seconds) of at most MAX_POINTS_PER_SERIES points each, back to back. */
export function splitRange(start: number, end: number, stepSeconds: number): Array<[number, number]> {
  const span = (MAX_POINTS_PER_SERIES - 1) * stepSeconds;
  const windows: Array<[number, number]> = [];
  for (let from = start; from <= end; from += span + stepSeconds) {
    windows.push([from, Math.min(end, from + span)]);
  }
  return windows;
}

/** The pieces of a split range query joined again: one series per label set, samples in time order. */
export function joinPieces(pieces: PromSeries[][]): PromSeries[] {
  const bySeries = new Map<string, PromSeries>();
  for (const piece of pieces) {
    for (const r of piece) {
      const key = JSON.stringify(Object.entries(r.metric).sort());
      const series = bySeries.get(key) ?? { metric: r.metric, values: [] };
      for (const sample of r.values) {
        series.values.push(sample);
      }
      bySeries.set(key, series);
    }
  }
  return [...bySeries.values()];
}
