import fs from 'node:fs';
import path from 'node:path';
import { generate } from './generate';
import { groundTruth, type GroundTruth } from './groundTruth';
import { writeOpenMetrics } from './openMetrics';
import { buildTimeline } from './timeline';

export interface BackfillResult {
  openMetricsFile: string;
  groundTruthFile: string;
  groundTruth: GroundTruth;
}

export const OPEN_METRICS_FILE = 'incident.om';
export const GROUND_TRUTH_FILE = 'ground-truth.json';

/** Writes DIR/incident.om (for promtool) and DIR/ground-truth.json from one run of the scenario. */
export function backfill(options: { days: number; out: string; seed: number; end: string }): BackfillResult {
  const generated = generate(buildTimeline(options.days, options.end), options.seed);
  fs.mkdirSync(options.out, { recursive: true });
  const openMetricsFile = path.join(options.out, OPEN_METRICS_FILE);
  const groundTruthFile = path.join(options.out, GROUND_TRUTH_FILE);
  writeOpenMetrics(generated, openMetricsFile);
  const truth = groundTruth(generated, options.days);
  fs.writeFileSync(groundTruthFile, `${JSON.stringify(truth, null, 2)}\n`);
  return { openMetricsFile, groundTruthFile, groundTruth: truth };
}
