import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readE2eRun } from '../e2e/e2eRun';
import { BusinessImpactPage } from '../e2e/pages/BusinessImpactPage';
import { ConnectionHealthPage } from '../e2e/pages/ConnectionHealthPage';
import { HostApi } from '../e2e/pages/HostApi';
import { RENDER_RESULTS_DIR, renderMode, timePageLoad, type RenderSample } from './renderTimes';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

test('render times of the app pages over the fixture incident (test host; core panels drawn by @grafana/ui’s visualisations)', async ({
  browser,
  request,
}) => {
  const run = readE2eRun();
  const host = new HostApi(request, run.hostUrl);
  const results: Record<string, RenderSample[]> = { main: [], impact: [] };
  // One context for all loads: the first load is cold (nothing cached), the rest reuse the browser cache.
  const context = await browser.newContext({ baseURL: run.hostUrl });
  for (let i = 0; i < RUNS; i++) {
    await host.reset();
    const page = await context.newPage();
    const main = new ConnectionHealthPage(page, run, host);
    const day = main.lastDay();
    const mainUrl = `/a/sre-connectionhealth-app/connection-health?from=${day.from * 1000}&to=${day.to * 1000}`;
    results.main.push(
      await timePageLoad(page, mainUrl, () =>
        expect(main.drawnSeries('Upstream 5xx rate by service').first()).toBeAttached()
      )
    );
    const impact = new BusinessImpactPage(page);
    const month = { from: run.groundTruth.start, to: run.groundTruth.end };
    const impactUrl = `/a/sre-connectionhealth-app/business-impact?from=${month.from * 1000}&to=${month.to * 1000}`;
    results.impact.push(await timePageLoad(page, impactUrl, () => expect(impact.burstRows.first()).toBeVisible()));
    await page.close();
  }
  await context.close();

  // The report is composed from every mode's results by tests/bench/writeRenderReport.ts.
  fs.mkdirSync(RENDER_RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RENDER_RESULTS_DIR, `${renderMode()}.json`), JSON.stringify(results));
  // The benchmark records; it asserts only that every load reached its completion marker.
  expect(results.main).toHaveLength(RUNS);
  expect(results.impact).toHaveLength(RUNS);
});
