// @grafana/data's value formats read navigator.language, which Node 20 does not define.
Object.defineProperty(globalThis, 'navigator', {
  value: { language: 'en-US', languages: ['en-US'] },
  configurable: true,
});

import { dateTimeFormat } from '@grafana/data';
import { PromClient } from '../../cli/prometheus/promClient';
import { runValidation } from '../../src/fixValidation/fetch';
import { SEED_ASSUMPTIONS } from '../../src/impact';
import { formatters } from '../../src/panels/revenue-impact/formatters';
import { DEFAULT_CURRENCY_UNIT } from '../../src/panels/revenue-impact/options';
import { getQuery } from '../../src/queries';
import { FIXED_SERVICES, FIX_ROLLOUT_AT, NOT_HELPED_SERVICE } from '../../simulator';
import { expect, test } from './fixtures';
import { ConnectionHealthPage } from './pages/ConnectionHealthPage';
import { FixValidationPage } from './pages/FixValidationPage';

const FIX_MS = Date.parse(FIX_ROLLOUT_AT);
const DAY_MS = 86_400_000;
const shown = (ms: number) => dateTimeFormat(ms, { timeZone: 'utc' });
const regex = (services: string[]) => services.map((s) => s.replace(/\./g, '\\.')).join('|');

test.describe('Fix validation page on the built plugin (verdict panel loaded from dist/, charts drawn by @grafana/ui’s TimeSeries; the host draws annotation markers)', () => {
  test('finds the fix rollout of the fixed services in the range and validates it with the CLI’s verdicts and savings', async ({
    page,
    run,
  }) => {
    const fixPage = new FixValidationPage(page);
    const truth = run.fixRollout.groundTruth;
    await fixPage.goto({ from: truth.start, to: truth.end }, FIXED_SERVICES);
    await expect(fixPage.fixSource).toContainText(`Fix time found: the rollout of`);
    await expect(fixPage.fixSource).toContainText(shown(FIX_MS));
    await expect(fixPage.verdict).toHaveText('validated');
    await expect(fixPage.criteriaRows).toHaveCount(9);

    // The same shared code in Node, straight to Prometheus: the page must show exactly what the CLI computes.
    const cli = await runValidation(new PromClient(run.fixRollout.prometheusUrl), {
      fixAt: FIX_MS,
      beforeMs: 21 * DAY_MS,
      afterMs: 21 * DAY_MS,
      serviceLabel: 'source',
      services: regex(FIXED_SERVICES),
      assumptions: SEED_ASSUMPTIONS,
      now: Date.now(),
    });
    if ('problem' in cli) {
      throw new Error(cli.problem);
    }
    expect(cli.validation.verdict).toBe('validated');
    expect(await fixPage.criterionVerdicts()).toEqual(
      Object.fromEntries(cli.validation.criteria.map((c) => [c.id, c.verdict]))
    );
    const f = formatters(DEFAULT_CURRENCY_UNIT);
    expect(cli.validation.savings.realisedProfit).toBeGreaterThan(0);
    await expect(fixPage.realised).toHaveText(f.money(cli.validation.savings.realisedProfit!));

    // Before and after charts of the criteria: the fix, the bursts before it and the rollouts are marked.
    const ratio = getQuery('upstream5xxRatio').title;
    await fixPage.chart(ratio).scrollIntoViewIfNeeded();
    await expect(fixPage.chartAnnotations(ratio).filter({ hasText: /^Fix: / })).toHaveCount(1);
    await expect(fixPage.chartAnnotations(ratio).filter({ hasText: /^5xx burst/ })).not.toHaveCount(0);
    await expect(fixPage.chartAnnotations(ratio).filter({ hasText: /^Deployment rollout: / })).not.toHaveCount(0);
  });

  test('asks for the fix time where no rollout was followed by fewer bursts (api-lazlo), and does not validate its “fix”', async ({
    page,
    run,
  }) => {
    const fixPage = new FixValidationPage(page);
    const truth = run.fixRollout.groundTruth;
    await fixPage.goto({ from: truth.start, to: truth.end }, [NOT_HELPED_SERVICE]);
    await expect(fixPage.fixSource).toContainText('No rollout of the selected services between');
    await expect(fixPage.fixSource).toContainText('when did the fix go live?');
    await expect(fixPage.verdict).toHaveCount(0);

    await fixPage.typeFixTime(FIX_ROLLOUT_AT);
    // The fix time lands in the URL (read back decoded: Grafana's history may or may not escape the colons).
    await expect.poll(() => new URL(page.url()).searchParams.get('fixAt')).toBe(FIX_ROLLOUT_AT);
    await expect(fixPage.verdict).toHaveText('not-validated');
    expect((await fixPage.criterionVerdicts()).bursts).toBe('not-met');
  });

  test('links to the Stream 2 page around the fix, where the fix and the rollouts are marked on the graphs', async ({
    page,
    hostApi,
    run,
  }) => {
    const fixPage = new FixValidationPage(page);
    const truth = run.fixRollout.groundTruth;
    await fixPage.goto({ from: truth.start, to: truth.end }, FIXED_SERVICES, { fixAt: FIX_ROLLOUT_AT });
    await expect(fixPage.stream2Link).toBeVisible();
    await fixPage.stream2Link.click();
    const stream2 = new ConnectionHealthPage(page, run, hostApi);
    await expect(page).toHaveURL(/connection-health\?.*fixAt=2026-03-25T12/);
    const title = getQuery('upstream5xxRate').title;
    const marks = stream2.annotations(title);
    await expect(marks.filter({ hasText: /^Fix: / })).toHaveCount(1);
    await expect(marks.filter({ hasText: /^Deployment rollout: api-proxy-production\// })).not.toHaveCount(0);
  });
});
