import { allSeries, type SeriesSpec } from './series';
import { stepState } from './stepState';
import type { Timeline } from './timeline';

// Counters start as if they had been running for a while, like a real scrape target.
const WARM_UP_STEPS = 2000;

/** Steps the scenario sample by sample; backfill and the live exporter both read it, so they agree. */
export class ScenarioEngine {
  readonly specs: SeriesSpec[];
  /** Current value of every series (integers; counters monotonic except at the scenario's reset). */
  readonly values: Float64Array;
  private readonly cumulative: Float64Array;
  private started = false;

  constructor(
    readonly timeline: Timeline,
    readonly seed: number
  ) {
    this.specs = allSeries(timeline);
    this.values = new Float64Array(this.specs.length);
    this.cumulative = new Float64Array(this.specs.length);
  }

  /** Moves to sample time t (on the timeline's grid), adding the increments of (t − step, t]. */
  advance(t: number): Float64Array {
    const state = stepState(this.timeline, this.seed, t);
    this.specs.forEach((spec, k) => {
      const v = spec.value(state);
      if (spec.kind === 'gauge') {
        // NaN marks a series that does not exist yet: the writers leave those samples out.
        this.values[k] = spec.from !== undefined && t < spec.from ? Number.NaN : v;
        return;
      }
      if (!this.started) {
        this.cumulative[k] = spec.name.startsWith('kube_') ? 0 : v * WARM_UP_STEPS;
      } else if (spec.resetsWith !== undefined && state.services[spec.resetsWith].counterReset) {
        this.cumulative[k] = v;
      } else {
        this.cumulative[k] += v;
      }
      this.values[k] = Math.floor(this.cumulative[k]);
    });
    this.started = true;
    return this.values;
  }
}
