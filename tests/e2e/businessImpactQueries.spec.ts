import { RECORDING_COVERAGE_PROBES, revenuePanelTargets } from '../../src/queries';
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
  expect(ranges.every((q) => q.params.step === '5m')).toBe(true);
});
