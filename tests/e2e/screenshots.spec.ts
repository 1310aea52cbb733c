import { getQuery } from '../../src/queries';
import { expect, test } from './fixtures';
import { FIXED_SERVICES, FIX_ROLLOUT_AT } from '../../simulator';
import { BusinessImpactPage } from './pages/BusinessImpactPage';
import { FixValidationPage } from './pages/FixValidationPage';
import { panelsSettled } from './pages/panelsSettled';

// docs/screenshots (README, plugin.json) are the reference: this suite only compares (a mismatch writes actual and
// diff to test-results/); `npm run screenshots` rewrites the ones that differ. The tolerance absorbs the few
// anti-aliased pixels a graph's resolution moves between runs, not a changed panel, label or layout.
const TOLERANCE = { maxDiffPixelRatio: 0.001, threshold: 0.2 };

test.describe('Screenshots in docs/screenshots are current (Grafana’s visualisations; panel chrome, icons and registry are the test host’s)', () => {
  test('the Stream 2 page around the fixture’s first CLOSE_WAIT burst', async ({ page, connectionHealthPage, run }) => {
    const burst = run.groundTruth.bursts.find((b) => b.closeWaitSignature) ?? run.groundTruth.bursts[0];
    await page.setViewportSize({ width: 1400, height: 1500 });
    await connectionHealthPage.goto({ from: burst.start - 6 * 3600, to: burst.end + 6 * 3600 });
    for (const id of ['upstream5xxRate', 'upstream5xxRatio', 'rxResetRate']) {
      await expect(connectionHealthPage.drawnSeries(getQuery(id).title)).not.toHaveCount(0);
    }
    await panelsSettled(page);
    await expect(page).toHaveScreenshot('connection-health.png', TOLERANCE);
  });

  test('the Business impact page over the whole fixture', async ({ page, run }) => {
    const impactPage = new BusinessImpactPage(page);
    await page.setViewportSize({ width: 1400, height: 1500 });
    await impactPage.goto({ from: run.groundTruth.start, to: run.groundTruth.end });
    await expect(impactPage.burstRows).not.toHaveCount(0);
    await expect(impactPage.burstChartSeries).not.toHaveCount(0);
    await panelsSettled(page);
    await expect(page).toHaveScreenshot('business-impact.png', TOLERANCE);
  });

  test('the Fix validation page for the two fixed services of the fix rollout', async ({ page, run }) => {
    const fixPage = new FixValidationPage(page);
    await page.setViewportSize({ width: 1400, height: 1500 });
    const truth = run.fixRollout.groundTruth;
    await fixPage.goto({ from: truth.start, to: truth.end }, FIXED_SERVICES, { fixAt: FIX_ROLLOUT_AT });
    await expect(fixPage.verdict).toHaveText('validated');
    // The charts (and their timeline layers) start only after the first verdict: wait until the markers are in.
    const marks = fixPage.chartAnnotations(getQuery('upstream5xxRatio').title);
    for (const mark of [/^Fix: /, /^5xx burst/, /^Deployment rollout: /]) {
      await expect(marks.filter({ hasText: mark })).not.toHaveCount(0);
    }
    await panelsSettled(page);
    await expect(page).toHaveScreenshot('fix-validation.png', TOLERANCE);
  });

  test('the configuration page', async ({ page, configPage }) => {
    await page.setViewportSize({ width: 1400, height: 1300 });
    await configPage.goto();
    await expect(configPage.submit).toBeEnabled();
    await expect(page).toHaveScreenshot('configuration.png', TOLERANCE);
  });
});
