import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { BusinessImpactPage } from '../e2e/pages/BusinessImpactPage';
import { BIG_FLEET } from '../e2e/support/bigFleet';
import { startFleetHost, type FleetHost } from '../e2e/support/fleetHost';
import { longestTaskBetween, mainThreadRecord, recordMainThread } from '../e2e/support/mainThreadRecorder';
import { RENDER_RESULTS_DIR } from './renderTimes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export interface FleetSample {
  /** Where the engine ran: its worker, or the tab (the page's Worker removed, as a browser refusing it would). */
  computedIn: 'worker' | 'tab';
  /** Navigation start until "Computing impact for N services…" first showed, and until all burst rows did. */
  computingMs: number;
  readyMs: number;
  /** Longest main-thread task between the computing note and the figures. */
  longestTaskMs: number;
}

let fleet: FleetHost | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  fleet = await startFleetHost();
});
test.afterAll(async () => {
  await fleet?.stop();
});

test('Business impact over the 300-service fleet: worker vs tab (test host, real Prometheus) @fleet', async ({
  browser,
}) => {
  const { prometheus, host } = fleet!;
  const samples: FleetSample[] = [];
  for (const computedIn of ['worker', 'tab'] as const) {
    const context = await browser.newContext({ baseURL: host.url });
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await recordMainThread(page);
      if (computedIn === 'tab') {
        await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
      }
      const impact = new BusinessImpactPage(page);
      await impact.goto({ from: prometheus.start, to: prometheus.end });
      await expect(impact.burstRows).toHaveCount(BIG_FLEET.services, { timeout: 300_000 });
      await expect(page.getByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-computed-in', computedIn);
      const record = await mainThreadRecord(page);
      expect(record.computing.length, 'the computing note was shown').toBeGreaterThan(0);
      const computingMs = record.computing[0].at;
      const readyMs = record.results[record.results.length - 1].at;
      samples.push({
        computedIn,
        computingMs,
        readyMs,
        longestTaskMs: longestTaskBetween(record, computingMs, readyMs),
      });
      await page.close();
    }
    await context.close();
  }
  fs.mkdirSync(RENDER_RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RENDER_RESULTS_DIR, 'fleet.json'), JSON.stringify(samples));
  expect(samples).toHaveLength(2 * RUNS);
});
