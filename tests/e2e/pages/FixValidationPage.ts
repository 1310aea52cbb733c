import { expect, type Locator, type Page } from '@playwright/test';
import { selectors } from '@grafana/e2e-selectors';
import { testIds } from '../../../src/components/testIds';
import { PLUGIN_BASE_URL, ROUTES } from '../../../src/constants';
import type { CriterionId } from '../../../src/fixValidation';
import { FIX_ROLLOUT_PROMETHEUS_UID, HOST_TEST_IDS } from '../../host/hostConstants';
import type { TimeRangeSeconds } from './ConnectionHealthPage';

/** The Fix validation page over the fix-rollout Prometheus (the host's second datasource). */
export class FixValidationPage {
  /** The verdict once refined (the fine step's pass): what the CLI computes. */
  readonly verdict: Locator;
  /** The first verdict shown, preliminary (coarse step, labelled) or refined. */
  readonly firstVerdict: Locator;
  readonly preliminary: Locator;
  readonly reason: Locator;
  readonly fixTime: Locator;
  readonly fixSource: Locator;
  readonly fixInput: Locator;
  readonly criteriaRows: Locator;
  readonly realised: Locator;
  readonly payback: Locator;
  readonly stream2Link: Locator;

  constructor(readonly page: Page) {
    this.firstVerdict = page.getByTestId(testIds.fixPanel.verdict);
    this.verdict = page
      .locator(`[data-testid="${testIds.fixPanel.container}"][data-refined="true"]`)
      .getByTestId(testIds.fixPanel.verdict);
    this.preliminary = page.getByTestId(testIds.fixPanel.preliminary);
    this.reason = page.getByTestId(testIds.fixPanel.reason);
    this.fixTime = page.getByTestId(testIds.fixPanel.fixTime);
    this.fixSource = page.getByTestId(testIds.fixPage.fixSource);
    this.fixInput = page.getByTestId(testIds.fixPage.fixInput);
    this.criteriaRows = page.getByTestId(testIds.fixPanel.criteria).locator('tbody tr');
    this.realised = page.getByTestId(testIds.fixPanel.realised);
    this.payback = page.getByTestId(testIds.fixPanel.payback);
    this.stream2Link = page.getByTestId(testIds.fixPage.stream2Link);
  }

  /** The page over the fix rollout's datasource, these services selected. */
  url(range: TimeRangeSeconds, services: string[], extra: Record<string, string> = {}): string {
    const params = new URLSearchParams({
      from: String(range.from * 1000),
      to: String(range.to * 1000),
      'var-ds': FIX_ROLLOUT_PROMETHEUS_UID,
      ...extra,
    });
    services.forEach((s) => params.append('var-service', s));
    return `${PLUGIN_BASE_URL}/${ROUTES.FixValidation}?${params}`;
  }

  async goto(range: TimeRangeSeconds, services: string[], extra: Record<string, string> = {}): Promise<void> {
    await this.page.goto(this.url(range, services, extra));
    await expect(this.page.getByRole('heading', { name: 'Fix validation' })).toBeVisible();
  }

  criterion(id: CriterionId): Locator {
    return this.page.getByTestId(testIds.fixPanel.criterion(id));
  }

  /** The verdict cell of each criterion row, by id. */
  async criterionVerdicts(): Promise<Record<string, string>> {
    const rows = await this.criteriaRows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-testid') ?? '', tr.querySelectorAll('td')[5]?.textContent ?? ''])
    );
    return Object.fromEntries(rows.map(([id, verdict]) => [id.replace(/^.*fv-criterion-/, ''), verdict]));
  }

  async typeFixTime(iso: string): Promise<void> {
    await this.fixInput.fill(iso);
    await this.fixInput.press('Enter');
  }

  chart(title: string): Locator {
    return this.page.getByTestId(selectors.components.Panels.Panel.title(title)).first();
  }

  /** Annotations the chart received, as "title: text", through the host's stand-in for Grafana's markers. */
  chartAnnotations(title: string): Locator {
    return this.chart(title).getByTestId(HOST_TEST_IDS.drawnAnnotations).locator('li');
  }
}
