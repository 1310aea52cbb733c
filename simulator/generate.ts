import { allSeries, type SeriesSpec } from './series';
import { stepState } from './stepState';
import type { Timeline } from './timeline';

// Counters start as if they had been running for a while, like a real scrape target.
const WARM_UP_STEPS = 2000;

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

/** Runs the scenario over the timeline: counters integer and monotonic except at the scenario's counter reset. */
export function generate(timeline: Timeline, seed: number): Generated {
  const specs = allSeries(timeline);
  const steps = (timeline.end - timeline.start) / timeline.step + 1;
  const series = specs.map((spec) => ({ spec, values: new Float64Array(steps) }));
  const cumulative = new Float64Array(specs.length);
  for (let i = 0; i < steps; i++) {
    const t = timeline.start + i * timeline.step;
    const state = stepState(timeline, seed, t);
    specs.forEach((spec, k) => {
      const v = spec.value(state);
      if (spec.kind === 'gauge') {
        series[k].values[i] = v;
        return;
      }
      if (i === 0) {
        cumulative[k] = spec.name.startsWith('kube_') ? 0 : v * WARM_UP_STEPS;
      } else if (spec.resetsWith !== undefined && state.services[spec.resetsWith].counterReset) {
        cumulative[k] = v;
      } else {
        cumulative[k] += v;
      }
      series[k].values[i] = Math.floor(cumulative[k]);
    });
  }
  return {
    timeline,
    seed,
    series,
    timeAt: (i) => timeline.start + i * timeline.step,
    samples: steps * specs.length,
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
