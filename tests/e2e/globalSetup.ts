import fs from 'node:fs';
import path from 'node:path';
import { FIX_ROLLOUT_DAYS } from '../../simulator';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { grafanaLineFromEnv } from '../host/hostBundle';
import { FIX_ROLLOUT_PROMETHEUS_UID } from '../host/hostConstants';
import { startHostServer } from '../host/server/hostServer';
import { RUN_FILE, type E2eRun } from './e2eRun';

const REPO_ROOT = path.join(__dirname, '..', '..');

/**
 * Starts the fixture Prometheus servers (the incident, and the fix rollout for the Fix validation page) and the test
 * host; the returned teardown stops all of them, pass or fail.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = await Promise.allSettled([
    // The render benchmark also runs against the month with this app's recording rules evaluated over it.
    startIncidentPrometheus({ withRecordingRules: process.env.E2E_RECORDING_RULES === '1' }),
    startIncidentPrometheus({ scenario: 'fix-rollout', days: FIX_ROLLOUT_DAYS }),
  ]);
  const stopAll = () => Promise.all(started.map((s) => s.status === 'fulfilled' && s.value.stop()));
  if (started.some((s) => s.status === 'rejected')) {
    await stopAll();
    throw (started.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
  }
  const [prometheus, fixRollout] = started.map((s) => (s as PromiseFulfilledResult<IncidentPrometheus>).value);
  const line = grafanaLineFromEnv();
  const host = await startHostServer({
    repoRoot: REPO_ROOT,
    prometheusUrl: prometheus.url,
    morePrometheus: { [FIX_ROLLOUT_PROMETHEUS_UID]: fixRollout.url },
    line,
  }).catch(async (e) => {
    await stopAll();
    throw e;
  });
  const run: E2eRun = {
    hostUrl: host.url,
    prometheusUrl: prometheus.url,
    groundTruth: prometheus.groundTruth,
    fixRollout: { prometheusUrl: fixRollout.url, groundTruth: fixRollout.groundTruth },
  };
  fs.mkdirSync(path.dirname(RUN_FILE), { recursive: true });
  fs.writeFileSync(RUN_FILE, JSON.stringify(run));
  return async () => {
    await host.stop();
    await stopAll();
    fs.rmSync(RUN_FILE, { force: true });
  };
}
