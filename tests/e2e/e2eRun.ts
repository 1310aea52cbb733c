import fs from 'node:fs';
import path from 'node:path';
import type { GroundTruth } from '../../simulator';

/** What global setup started, for the specs: written to a file because workers are separate processes. */
export interface E2eRun {
  hostUrl: string;
  prometheusUrl: string;
  groundTruth: GroundTruth;
  /** The simulated fix rollout (44 days), behind the host's second datasource. */
  fixRollout: { prometheusUrl: string; groundTruth: GroundTruth };
}

export const RUN_FILE = path.join(__dirname, '..', '..', '.cache', 'e2e-run.json');

export function readE2eRun(): E2eRun {
  if (!fs.existsSync(RUN_FILE)) {
    throw new Error(
      `${RUN_FILE} is missing: run the suite with npm run e2e (its global setup starts Prometheus and the host)`
    );
  }
  return JSON.parse(fs.readFileSync(RUN_FILE, 'utf8'));
}
