import type { FleetOptions } from '../fixtures/fleetOpenMetrics';
import type { FleetBuild } from '../fixtures/fleetPrometheus';

// What tests/bench/renderFleet.spec.ts leaves in RENDER_RESULTS_DIR for writeRenderReport.ts (which must not import a spec).
export interface FleetSample {
  /** Where the engine ran: its worker, or the tab (the page's Worker removed, as a browser refusing it would). */
  computedIn: 'worker' | 'tab';
  /** Navigation start until "Computing impact for N services…" first showed, and until all burst rows did. */
  computingMs: number;
  readyMs: number;
  /** Longest main-thread task between the computing note and the figures. */
  longestTaskMs: number;
}

/** A data set's samples with what it was: fleet.json keeps the bare samples (the 2-day set), this the month's. */
export interface FleetRun {
  fleet: FleetOptions & { samples: number; build?: FleetBuild };
  /** Steps of the page's range queries (Prometheus' `step`), with how many queries asked for each. */
  querySteps: Record<string, number>;
  samples: FleetSample[];
}

export const FLEET_MONTH_RESULTS = 'fleet-month.json';
