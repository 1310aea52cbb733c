import { RECORDING_COVERAGE_PROBES, revenuePanelResolution, revenuePanelTargets } from '../../src/queries';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './fixtures';
import { BusinessImpactPage } from './pages/BusinessImpactPage';

test('the Business impact page probes the recordings once, then sends each ROI query once (queries logged by the test host)', async ({
  page,
  hostApi,
  run,
}) => {
  const impactPage = new BusinessImpactPage(page);
  await impactPage.goto({ from: run.groundTruth.start, to: run.groundTruth.end });
  await expect(impactPage.burstRows.first()).toBeVisible();
  const queries = await hostApi.queries();
  const probes = queries.filter((q) => q.path.endsWith('/query') && q.params.query.startsWith('count_over_time('));
  const ranges = queries.filter((q) => q.path.endsWith('/query_range'));
  expect(probes).toHaveLength(RECORDING_COVERAGE_PROBES.length);
  // The fixture holds raw samples only, so the probe finds no recordings and the runner asks the raw queries.
  expect(ranges.map((q) => q.params.query).filter((q) => q.includes(':rate5m'))).toEqual([]);
  // One range query per ROI input and proxy (Envoy's six, HAProxy's own where it has the signal).
  const targets = revenuePanelTargets('raw');
  expect(ranges).toHaveLength(targets.length);
  expect(new Set(ranges.map((q) => q.params.query)).size).toBe(targets.length);
  // The fixture's month is too long for 150 s within Prometheus's 11,000 points: the 5-minute step.
  const { stepSeconds } = revenuePanelResolution(run.groundTruth.end - run.groundTruth.start);
  expect(stepSeconds).toBe(300);
  expect(ranges.map((q) => q.params.step)).toEqual(ranges.map(() => '300s'));
  await expect(page.getByTestId(testIds.revenuePanel.warnings)).toContainText('is too long for that step');
});

test('over a week the ROI queries ask for 150 s, half the shortest burst, and the panel does not warn about the step (queries logged by the test host)', async ({
  page,
  hostApi,
  run,
}) => {
  const impactPage = new BusinessImpactPage(page);
  await impactPage.goto({ from: run.groundTruth.end - 7 * 86_400, to: run.groundTruth.end });
  await expect(impactPage.headline).toBeVisible();
  const ranges = (await hostApi.queries()).filter((q) => q.path.endsWith('/query_range'));
  expect(ranges).toHaveLength(revenuePanelTargets('raw').length);
  expect(ranges.map((q) => q.params.step)).toEqual(ranges.map(() => '150s'));
  await expect(page.getByText(/coarser than half the minimum burst duration/)).toHaveCount(0);
});
