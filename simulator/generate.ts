import { ScenarioEngine } from './engine';
import type { SeriesSpec } from './series';
import type { Timeline } from './timeline';

export interface GeneratedSeries {
  spec: SeriesSpec;
  /** One value per step from timeline.start to timeline.end inclusive (integers). */
  values: Float64Array;
}

export interface Generated {
  timeline: Timeline;
  seed: number;
  series: GeneratedSeries[];
  /** Unix seconds of sample i. */
  timeAt(i: number): number;
  samples: number;
}

/** Runs the scenario over the whole timeline into one array per series. */
export function generate(timeline: Timeline, seed: number): Generated {
  const engine = new ScenarioEngine(timeline, seed);
  const steps = (timeline.end - timeline.start) / timeline.step + 1;
  const series = engine.specs.map((spec) => ({ spec, values: new Float64Array(steps) }));
  let samples = 0;
  for (let i = 0; i < steps; i++) {
    const values = engine.advance(timeline.start + i * timeline.step);
    series.forEach((s, k) => (s.values[i] = values[k]));
    samples += values.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0);
  }
  return {
    timeline,
    seed,
    series,
    timeAt: (i) => timeline.start + i * timeline.step,
    samples,
  };
}

/** Counter increase between samples `from` and `to` the way Prometheus counts it (a drop is a reset from 0). */
export function counterIncrease(values: Float64Array, from = 0, to = values.length - 1): number {
  let total = 0;
  for (let i = from + 1; i <= to; i++) {
    total += values[i] >= values[i - 1] ? values[i] - values[i - 1] : values[i];
  }
  return total;
}

export function findSeries(g: Generated, name: string, labels: Record<string, string>): GeneratedSeries[] {
  return g.series.filter(
    (s) => s.spec.name === name && Object.entries(labels).every(([k, v]) => s.spec.labels[k] === v)
  );
}

export function indexAt(g: Generated, t: number): number {
  const i = (t - g.timeline.start) / g.timeline.step;
  if (!Number.isInteger(i) || i < 0 || i >= g.series[0].values.length) {
    throw new Error(`${t} is not a sample time of the generated data`);
  }
  return i;
}
