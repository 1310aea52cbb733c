// @grafana/data's value formats read navigator.language, which Node 20 does not define.
Object.defineProperty(globalThis, 'navigator', {
  value: { language: 'en-US', languages: ['en-US'] },
  configurable: true,
});

import { dateTimeFormat } from '@grafana/data';
import { PLUGIN_ID } from '../../src/constants';
import { formatters } from '../../src/panels/revenue-impact/formatters';
import { DEFAULT_CURRENCY_UNIT } from '../../src/panels/revenue-impact/options';
import { expect, test } from './fixtures';
import { BusinessImpactPage } from './pages/BusinessImpactPage';
import { panelsSettled } from './pages/panelsSettled';
import { impactFromPrometheus } from './support/impactFromPrometheus';
import { BUDGET_MS } from '../fixtures/budgets';

const BURST_START_TOLERANCE_S = 10 * 60;

test.describe('Business impact page on the built plugin (ROI panel loaded from dist/, 5xx chart drawn by @grafana/ui’s TimeSeries)', () => {
  test(
    'shows the fixture’s bursts, and figures equal to the impact engine’s result on the same Prometheus data',
    { tag: '@smoke' },
    async ({ page, hostApi, run }) => {
      const impactPage = new BusinessImpactPage(page);
      const range = { from: run.groundTruth.start, to: run.groundTruth.end };
      await impactPage.goto(range);
      await expect(impactPage.burstRows).not.toHaveCount(0);
      await panelsSettled(page);
      const f = formatters(DEFAULT_CURRENCY_UNIT);

      // Once the page's queries have all answered, what it shows equals the engine's result on the same data.
      await expect(async () => {
        const shown = await impactPage.burstCells();
        const expected = await impactFromPrometheus(run.prometheusUrl, await hostApi.queries(), range);
        expect(expected.bursts.length).toBeGreaterThan(0);
        expect(shown).toEqual(
          expected.bursts.map((b) => ({
            start: dateTimeFormat(b.start, { timeZone: 'utc' }),
            service: b.service,
            profit: f.money(b.impact.profit),
          }))
        );
        await expect(impactPage.headline).toHaveText(f.money(expected.impact.annual.profit), { timeout: 1000 });
        await expect(impactPage.payback).toHaveText(`${expected.impact.paybackDays!.toFixed(0)} days`, {
          timeout: 1000,
        });
      }).toPass({ timeout: BUDGET_MS.expect });

      // Every burst of the fixture is shown; the one its database caused (seed 002) says so, as report's cause does.
      const shown = await impactPage.burstCellsWithCause();
      for (const burst of run.groundTruth.bursts) {
        const row = shown.find(
          (r) =>
            r.service === burst.service &&
            Math.abs(Date.parse(`${r.start.replace(' ', 'T')}Z`) / 1000 - burst.start) <= BURST_START_TOLERANCE_S
        );
        expect(row, `burst of ${burst.service} at ${new Date(burst.start * 1000).toISOString()}`).toBeDefined();
        expect({ service: burst.service, byDatabase: row?.cause === 'database pool exhaustion' }).toEqual({
          service: burst.service,
          byDatabase: burst.cause === 'upstream_dependency',
        });
      }
    }
  );

  test('a what-if assumption changes the figures and stays in the URL, not in the organisation settings', async ({
    page,
    hostApi,
    run,
  }) => {
    const impactPage = new BusinessImpactPage(page);
    await impactPage.goto({ from: run.groundTruth.start, to: run.groundTruth.end });
    await expect(impactPage.burstRows).not.toHaveCount(0);
    await panelsSettled(page);
    const before = await impactPage.headline.textContent();
    await impactPage.whatIf('profitMargin').fill('0.5');
    await expect(page).toHaveURL(/whatIf-profitMargin=0\.5/);
    await expect(impactPage.headline).not.toHaveText(before ?? '');
    expect((await hostApi.pluginSettings(PLUGIN_ID)).jsonData).toEqual({});
  });
});
