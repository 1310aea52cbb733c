import { testIds } from '../../src/components/testIds';
import { computingText } from '../../src/panels/revenue-impact/compute/computingText';
import { test as base, expect } from './fixtures';
import { BusinessImpactPage } from './pages/BusinessImpactPage';
import { BIG_FLEET } from './support/bigFleet';
import { startFleetHost, type FleetHost } from './support/fleetHost';
import { longestTaskBetween, mainThreadRecord, recordMainThread } from './support/mainThreadRecorder';
import { BUDGET_MS } from '../fixtures/budgets';

// The longest the main thread may be busy at once while the ROI figures compute: a bound for a loaded 2-core
// machine (React drawing 300 burst rows, the chart's own burst markers), far below the engine itself on 300 services.
const LONGEST_TASK_MS = 3_000;

// This spec's own test host, in front of a real Prometheus holding the 300-service fleet; stopped however it ends.
const test = base.extend<object, { fleet: FleetHost }>({
  fleet: [
    async ({}, use) => {
      const fleet = await startFleetHost();
      try {
        await use(fleet);
      } finally {
        await fleet.stop();
      }
    },
    { scope: 'worker', timeout: BUDGET_MS.prometheusReady + BUDGET_MS.navigation },
  ],
  baseURL: async ({ fleet }, use) => use(fleet.host.url),
});

test.describe('Business impact over a 300-service fleet (built plugin, ROI engine in its Web Worker; real Prometheus)', () => {
  test('says it is computing for 300 services, stays responsive, and finds one burst per service', async ({
    page,
    fleet,
  }, testInfo) => {
    const { prometheus } = fleet;
    const impactPage = new BusinessImpactPage(page);
    await recordMainThread(page);
    await impactPage.goto({ from: prometheus.start, to: prometheus.end });
    await expect(impactPage.burstRows).toHaveCount(BIG_FLEET.services, { timeout: BUDGET_MS.expect });
    const result = page.getByTestId(testIds.revenuePanel.result);
    await expect(result).toHaveAttribute('data-stale', 'false');
    await expect(result).toHaveAttribute('data-computed-in', 'worker');
    const services = (await impactPage.burstCells()).map((row) => row.service).sort();
    expect(services).toEqual(prometheus.bursts.map((b) => b.service).sort());

    // A what-if change recomputes: the previous figures stay, marked, while the tab keeps answering.
    const before = await impactPage.headline.textContent();
    const typedAt = await page.evaluate(() => performance.now());
    await impactPage.whatIf('profitMargin').pressSequentially('0.5');
    await expect(impactPage.whatIf('profitMargin')).toHaveValue('0.5');
    await expect(impactPage.headline).not.toHaveText(before ?? '');
    await expect(result).toHaveAttribute('data-stale', 'false');

    const record = await mainThreadRecord(page);
    await testInfo.attach('main-thread.json', {
      body: JSON.stringify(record, null, 2),
      contentType: 'application/json',
    });
    const firstComputing = record.computing[0]?.at ?? 0;
    const lastResult = record.results[record.results.length - 1]?.at ?? 0;
    const longest = longestTaskBetween(record, Math.min(firstComputing, typedAt), lastResult);
    console.log(
      `fleet of ${BIG_FLEET.services}: computing shown at ${firstComputing} ms, figures at ${record.results[0]?.at} ms, longest main-thread task while computing ${longest} ms; longest tasks ${JSON.stringify([...record.longTasks].sort((a, b) => b[1] - a[1]).slice(0, 8))}`
    );
    expect(record.computing.some((c) => c.text.startsWith(computingText(BIG_FLEET.services)))).toBe(true);
    // The first figures were never shown as current before the worker answered; the what-if change showed them stale.
    expect(record.results[0]).toEqual(expect.objectContaining({ stale: 'false', computedIn: 'worker' }));
    expect(record.results.slice(1).some((r) => r.stale === 'true')).toBe(true);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  });
});
