import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readE2eRun } from '../e2e/e2eRun';
import { BusinessImpactPage } from '../e2e/pages/BusinessImpactPage';
import { ConnectionHealthPage } from '../e2e/pages/ConnectionHealthPage';
import { FixValidationPage } from '../e2e/pages/FixValidationPage';
import { FIXED_SERVICES, FIX_ROLLOUT_AT } from '../../simulator';
import { HostApi } from '../e2e/pages/HostApi';
import {
  RENDER_RESULTS_DIR,
  renderMode,
  timeInAppNavigation,
  timePageLoad,
  timeSinceLoad,
  watchReadyMarks,
  type RenderSample,
} from './renderTimes';
import { selectors } from '@grafana/e2e-selectors';
import { testIds } from '../../src/components/testIds';
import { HOST_TEST_IDS } from '../host/hostConstants';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const testId = (id: string) => `[data-testid="${id}"]`;
// The same elements the waits below look for, as the page itself records them (renderTimes.ts: watchReadyMarks).
const MARKS = [
  {
    key: 'line',
    css: `${testId(selectors.components.Panels.Panel.title('Upstream 5xx rate by service'))} ${testId(HOST_TEST_IDS.drawnSeries)} li`,
  },
  { key: 'burstRow', css: `${testId(testIds.revenuePanel.bursts)} tbody tr` },
  { key: 'verdict', css: testId(testIds.fixPanel.verdict), text: 'validated' },
  {
    key: 'refined',
    css: `${testId(testIds.fixPanel.container)}[data-refined="true"] ${testId(testIds.fixPanel.verdict)}`,
    text: 'validated',
  },
];

test('render times of the app pages over the fixture incident (test host; core panels drawn by @grafana/ui’s visualisations)', async ({
  browser,
  request,
}) => {
  const run = readE2eRun();
  const host = new HostApi(request, run.hostUrl);
  const results: Record<string, RenderSample[]> = {
    main: [],
    impact: [],
    fixGiven: [],
    fixGivenRefined: [],
    fixFound: [],
    impactNav: [],
    fixGivenNav: [],
  };
  // One context for all loads: the first load is cold (nothing cached), the rest reuse the browser cache.
  const context = await browser.newContext({ baseURL: run.hostUrl });
  for (let i = 0; i < RUNS; i++) {
    await host.reset();
    const page = await context.newPage();
    await watchReadyMarks(page, MARKS);
    const main = new ConnectionHealthPage(page, run, host);
    const day = main.lastDay();
    const mainUrl = `/a/sre-connectionhealth-app/connection-health?from=${day.from * 1000}&to=${day.to * 1000}`;
    results.main.push(
      await timePageLoad(
        page,
        mainUrl,
        () => expect(main.drawnSeries('Upstream 5xx rate by service').first()).toBeAttached(),
        'line'
      )
    );
    const impact = new BusinessImpactPage(page);
    const month = { from: run.groundTruth.start, to: run.groundTruth.end };
    const impactUrl = `/a/sre-connectionhealth-app/business-impact?from=${month.from * 1000}&to=${month.to * 1000}`;
    const burstRow = () => expect(impact.burstRows.first()).toBeVisible();
    const fix = new FixValidationPage(page);
    const fixRange = { from: run.fixRollout.groundTruth.start, to: run.fixRollout.groundTruth.end };
    // The first verdict shown (a preliminary one is labelled), and the refined one that replaces it.
    const verdict = () => expect(fix.firstVerdict).toHaveText('validated', { timeout: 600_000 });
    const refined = () => expect(fix.verdict).toHaveText('validated', { timeout: 600_000 });
    // From the loaded main page, as a click on the app's tabs: Grafana and the plugin are already running.
    results.impactNav.push(await timeInAppNavigation(page, impactUrl, burstRow, 'burstRow'));
    results.fixGivenNav.push(
      await timeInAppNavigation(page, fix.url(fixRange, FIXED_SERVICES, { fixAt: FIX_ROLLOUT_AT }), verdict, 'verdict')
    );
    results.impact.push(await timePageLoad(page, impactUrl, burstRow, 'burstRow'));
    // The Fix validation page's first verdict over the fix rollout's 44 days: the fix time given, then found.
    results.fixGiven.push(
      await timePageLoad(page, fix.url(fixRange, FIXED_SERVICES, { fixAt: FIX_ROLLOUT_AT }), verdict, 'verdict')
    );
    results.fixGivenRefined.push(await timeSinceLoad(page, refined, 'refined'));
    results.fixFound.push(await timePageLoad(page, fix.url(fixRange, FIXED_SERVICES), verdict, 'verdict'));
    await page.close();
  }
  await context.close();

  // The report is composed from every mode's results by tests/bench/writeRenderReport.ts.
  fs.mkdirSync(RENDER_RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RENDER_RESULTS_DIR, `${renderMode()}.json`), JSON.stringify(results));
  // The benchmark records; it asserts only that every load reached its completion marker.
  expect(results.main).toHaveLength(RUNS);
  expect(results.impact).toHaveLength(RUNS);
  expect(results.fixFound).toHaveLength(RUNS);
});
