import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readE2eRun } from '../e2e/e2eRun';
import { BusinessImpactPage } from '../e2e/pages/BusinessImpactPage';
import { ConnectionHealthPage } from '../e2e/pages/ConnectionHealthPage';
import { FixValidationPage } from '../e2e/pages/FixValidationPage';
import { FIXED_SERVICES, FIX_ROLLOUT_AT } from '../../simulator';
import { HostApi } from '../e2e/pages/HostApi';
import { median, timePageLoad, type RenderSample } from './renderTimes';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = path.join(__dirname, '..', '..', 'docs', 'benchmarks', 'render.md');

function summarise(name: string, samples: RenderSample[]): string {
  const warm = samples.slice(1);
  return `| ${name} | ${samples[0].readyMs} | ${median(warm.map((s) => s.readyMs))} | ${samples[0].pluginReadyMs} | ${median(warm.map((s) => s.pluginReadyMs))} | ${samples[0].pluginJsKiB.toFixed(0)} | ${median(samples.map((s) => s.queries))} |`;
}

test('render times of the app pages over the fixture incident (test host; core panels drawn by @grafana/ui’s visualisations)', async ({
  browser,
  request,
}) => {
  const run = readE2eRun();
  const host = new HostApi(request, run.hostUrl);
  const results: Record<string, RenderSample[]> = { main: [], impact: [], fixGiven: [], fixFound: [] };
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
    // The Fix validation page's first verdict over the fix rollout's 44 days: the fix time given, then found.
    const fix = new FixValidationPage(page);
    const fixRange = { from: run.fixRollout.groundTruth.start, to: run.fixRollout.groundTruth.end };
    const verdict = () => expect(fix.verdict).toHaveText('validated', { timeout: 600_000 });
    results.fixGiven.push(
      await timePageLoad(page, fix.url(fixRange, FIXED_SERVICES, { fixAt: FIX_ROLLOUT_AT }), verdict)
    );
    results.fixFound.push(await timePageLoad(page, fix.url(fixRange, FIXED_SERVICES), verdict));
    await page.close();
  }
  await context.close();

  const md = [
    '# Render time',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:render\` (${RUNS} loads of each page, one`,
    'Chromium context: the first load is cold, the others use the browser cache). Debian Chromium, headless, over',
    'the built `dist/` in the test host (`tests/host/`) against the fixture Prometheus (the simulated 30-day',
    "incident). The host draws Grafana's core panel types with @grafana/ui's TimeSeries, TableNG and BarGauge",
    "(its own thin adapters, not Grafana's panel plugins), so these times cover loading the plugin, building the",
    "scenes, querying a real Prometheus and drawing with Grafana's visualisations.",
    'A 2-core machine; times vary with load, so read them as orders of magnitude.',
    '',
    '"ready": until the first 5xx graph has drawn a line (main page, last day) or the ROI panel lists its first',
    'burst (business impact, 30 days) or the Fix validation panel shows its verdict (the fix rollout, 44 days, the',
    'two fixed services, 2 × 21 days at the 1-minute step; with the fix time in the URL, or found in the range first),',
    "from navigation start (includes the host page itself) and from the first request for the plugin's JavaScript",
    "(the plugin's own share). Rows below the fold load lazily.",
    '',
    '| page | ready, cold (ms) | ready, warm median (ms) | plugin share, cold (ms) | plugin share, warm median (ms) | plugin JS, cold (KiB) | queries |',
    '|---|---:|---:|---:|---:|---:|---:|',
    summarise('Stream 2 — Connection Health & 5xx', results.main),
    summarise('Business impact', results.impact),
    summarise('Fix validation, fix time given', results.fixGiven),
    summarise('Fix validation, fix time found', results.fixFound),
    '',
  ].join('\n');
  fs.writeFileSync(OUT, md);
  // The benchmark records; it asserts only that every load reached its completion marker.
  expect(results.main).toHaveLength(RUNS);
  expect(results.impact).toHaveLength(RUNS);
  expect(results.fixFound).toHaveLength(RUNS);
});
