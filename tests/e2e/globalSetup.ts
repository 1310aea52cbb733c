import fs from 'node:fs';
import path from 'node:path';
import { startIncidentPrometheus } from '../fixtures/incidentPrometheus';
import { grafanaLineFromEnv } from '../host/hostBundle';
import { startHostServer } from '../host/server/hostServer';
import { RUN_FILE, type E2eRun } from './e2eRun';

const REPO_ROOT = path.join(__dirname, '..', '..');

/** Starts the fixture Prometheus and the test host; the returned teardown stops both, pass or fail. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // The render benchmark also runs against the month with this app's recording rules evaluated over it.
  const prometheus = await startIncidentPrometheus({ withRecordingRules: process.env.E2E_RECORDING_RULES === '1' });
  const line = grafanaLineFromEnv();
  const host = await startHostServer({ repoRoot: REPO_ROOT, prometheusUrl: prometheus.url, line }).catch(async (e) => {
    await prometheus.stop();
    throw e;
  });
  const run: E2eRun = { hostUrl: host.url, prometheusUrl: prometheus.url, groundTruth: prometheus.groundTruth };
  fs.mkdirSync(path.dirname(RUN_FILE), { recursive: true });
  fs.writeFileSync(RUN_FILE, JSON.stringify(run));
  return async () => {
    await host.stop();
    await prometheus.stop();
    fs.rmSync(RUN_FILE, { force: true });
  };
}
