import { RECORDING_COVERAGE_PROBES, REVENUE_PANEL_TARGETS } from '../../src/queries';
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
  expect(ranges).toHaveLength(REVENUE_PANEL_TARGETS.length);
  expect(new Set(ranges.map((q) => q.params.query)).size).toBe(REVENUE_PANEL_TARGETS.length);
  expect(ranges.every((q) => q.params.step === '5m')).toBe(true);
});
