import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { PLUGIN_BASE_URL, ROUTES } from '../../src/constants';
import type { FleetOptions } from '../fixtures/fleetOpenMetrics';
import { BusinessImpactPage } from '../e2e/pages/BusinessImpactPage';
import { BIG_FLEET, BIG_FLEET_MONTH } from '../e2e/support/bigFleet';
import { startFleetHost, type FleetHost } from '../e2e/support/fleetHost';
import { longestTaskBetween, mainThreadRecord, recordMainThread } from '../e2e/support/mainThreadRecorder';
import { FLEET_MONTH_RESULTS, type FleetRun, type FleetSample } from './fleetResults';
import { RENDER_RESULTS_DIR } from './renderTimes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// One load's budget, querying included: a month of 300 services took over 2 minutes on the loaded 2-core machine.
const LOAD_MS = 600_000;

function countQuerySteps(page: Page, steps: Record<string, number>): void {
  page.on('request', (request) => {
    const url = new URL(request.url());
    const step = url.pathname.endsWith('/api/v1/query_range') ? url.searchParams.get('step') : null;
    if (step) {
      steps[step] = (steps[step] ?? 0) + 1;
    }
  });
}

async function measureLoad(page: Page, fleet: FleetHost, computedIn: FleetSample['computedIn']): Promise<FleetSample> {
  const { prometheus } = fleet;
  await recordMainThread(page);
  if (computedIn === 'tab') {
    await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
  }
  // Not BusinessImpactPage.goto: its headline wait is the browser suite's budget, and a month of 300 services
  // queries for longer than that on a loaded machine; here the burst rows' own budget is the only wait.
  const range = new URLSearchParams({ from: String(prometheus.start * 1000), to: String(prometheus.end * 1000) });
  await page.goto(`${PLUGIN_BASE_URL}/${ROUTES.BusinessImpact}?${range}`);
  await expect(new BusinessImpactPage(page).burstRows).toHaveCount(prometheus.bursts.length, { timeout: LOAD_MS });
  await expect(page.getByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-computed-in', computedIn);
  const record = await mainThreadRecord(page);
  expect(record.computing.length, 'the computing note was shown').toBeGreaterThan(0);
  const computingMs = record.computing[0].at;
  const readyMs = record.results[record.results.length - 1].at;
  return { computedIn, computingMs, readyMs, longestTaskMs: longestTaskBetween(record, computingMs, readyMs) };
}

/** RUNS loads of the Business impact page as shipped, then RUNS with the page's Worker removed, each in a fresh page. */
async function workerVsTab(browser: Browser, fleet: FleetHost, steps: Record<string, number>): Promise<FleetSample[]> {
  const samples: FleetSample[] = [];
  for (const computedIn of ['worker', 'tab'] as const) {
    const context = await browser.newContext({ baseURL: fleet.host.url });
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      countQuerySteps(page, steps);
      samples.push(await measureLoad(page, fleet, computedIn));
      await page.close();
    }
    await context.close();
  }
  return samples;
}

// Each data set has its own Prometheus and host, started and stopped around its own test.
function fleetCase(title: string, options: FleetOptions, save: (run: FleetRun) => void): void {
  test.describe(title, () => {
    let fleet: FleetHost | undefined;
    test.beforeAll(async () => {
      // A month's data set is generated and backfilled once (cached): minutes on a loaded 2-core machine.
      test.setTimeout(1_800_000);
      fleet = await startFleetHost(options);
    });
    test.afterAll(async () => {
      await fleet?.stop();
    });
    test('worker vs tab (test host, real Prometheus) @fleet', async ({ browser }) => {
      test.setTimeout(2 * RUNS * LOAD_MS);
      const steps: Record<string, number> = {};
      const samples = await workerVsTab(browser, fleet!, steps);
      const { samples: count, build } = fleet!.prometheus;
      save({ fleet: { ...options, samples: count, build }, querySteps: steps, samples });
      expect(samples).toHaveLength(2 * RUNS);
    });
  });
}

const saveAs = (file: string, data: unknown) => {
  fs.mkdirSync(RENDER_RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RENDER_RESULTS_DIR, file), JSON.stringify(data));
};

fleetCase(`Business impact over the ${BIG_FLEET.services}-service fleet, ${BIG_FLEET.days} days`, BIG_FLEET, (run) =>
  saveAs('fleet.json', run.samples)
);
fleetCase(
  `Business impact over the ${BIG_FLEET_MONTH.services}-service fleet, ${BIG_FLEET_MONTH.days} days`,
  BIG_FLEET_MONTH,
  (run) => saveAs(FLEET_MONTH_RESULTS, run)
);
