import fs from 'node:fs';
import path from 'node:path';
import { generate } from './generate';
import { groundTruth, type GroundTruth } from './groundTruth';
import { writeOpenMetrics } from './openMetrics';
import { buildFixRolloutTimeline, FIX_ROLLOUT_SCENARIO } from './fixRollout';
import { buildTimeline, type Timeline } from './timeline';

export interface BackfillResult {
  openMetricsFile: string;
  groundTruthFile: string;
  groundTruth: GroundTruth;
}

export const OPEN_METRICS_FILE = 'incident.om';
export const GROUND_TRUTH_FILE = 'ground-truth.json';

export const SCENARIOS = ['incident', FIX_ROLLOUT_SCENARIO] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** The seed's 30-day incident (default), or the fix rollout of issue 9. */
export function scenarioTimeline(scenario: ScenarioName, days: number, end: string): Timeline {
  return scenario === FIX_ROLLOUT_SCENARIO ? buildFixRolloutTimeline(days, end) : buildTimeline(days, end);
}

/** Writes DIR/incident.om (for promtool) and DIR/ground-truth.json from one run of the scenario. */
export function backfill(options: {
  days: number;
  out: string;
  seed: number;
  end: string;
  scenario?: ScenarioName;
}): BackfillResult {
  const generated = generate(scenarioTimeline(options.scenario ?? 'incident', options.days, options.end), options.seed);
  fs.mkdirSync(options.out, { recursive: true });
  const openMetricsFile = path.join(options.out, OPEN_METRICS_FILE);
  const groundTruthFile = path.join(options.out, GROUND_TRUTH_FILE);
  writeOpenMetrics(generated, openMetricsFile);
  const truth = groundTruth(generated, options.days);
  fs.writeFileSync(groundTruthFile, `${JSON.stringify(truth, null, 2)}\n`);
  return { openMetricsFile, groundTruthFile, groundTruth: truth };
}
