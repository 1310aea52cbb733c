import { expect, type Locator, type Page } from '@playwright/test';
import { selectors } from '@grafana/e2e-selectors';
import { testIds } from '../../../src/components/testIds';
import { PLUGIN_BASE_URL, ROUTES } from '../../../src/constants';
import type { Assumptions } from '../../../src/impact/assumptions';
import { HOST_TEST_IDS } from '../../host/hostConstants';
import type { TimeRangeSeconds } from './ConnectionHealthPage';

const BURST_CHART_TITLE = 'Upstream 5xx ratio, bursts marked';

/** The leadership view: the ROI panel (nested panel plugin, AMD-loaded from dist/) and its what-if inputs. */
export class BusinessImpactPage {
  readonly headline: Locator;
  readonly payback: Locator;
  readonly burstRows: Locator;
  /** Series the burst chart (Grafana's TimeSeries) drew, through the host's test hook. */
  readonly burstChartSeries: Locator;
  readonly defaultsNote: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByTestId(testIds.revenuePanel.headline);
    this.payback = page.getByTestId(testIds.revenuePanel.payback);
    this.burstRows = page.getByTestId(testIds.revenuePanel.bursts).locator('tbody tr');
    this.burstChartSeries = page
      .getByTestId(selectors.components.Panels.Panel.title(BURST_CHART_TITLE))
      .getByTestId(HOST_TEST_IDS.drawnSeries)
      .locator('li');
    this.defaultsNote = page.getByTestId(testIds.revenuePanel.defaultsNote);
  }

  async goto(range: TimeRangeSeconds, extra: Record<string, string> = {}): Promise<void> {
    const params = new URLSearchParams({ from: String(range.from * 1000), to: String(range.to * 1000), ...extra });
    await this.page.goto(`${PLUGIN_BASE_URL}/${ROUTES.BusinessImpact}?${params}`);
    await expect(this.headline).toBeVisible();
  }

  whatIf(name: keyof Assumptions): Locator {
    return this.page.getByTestId(testIds.businessImpact.whatIf(name));
  }

  /** Start, service and profit of each burst row, as displayed. */
  async burstCells(): Promise<Array<{ start: string; service: string; profit: string }>> {
    return (await this.burstCellsWithCause()).map(({ cause: _cause, ...cells }) => cells);
  }

  /** The same, with the Cause column (the last one) as displayed. */
  async burstCellsWithCause(): Promise<Array<{ start: string; service: string; profit: string; cause: string }>> {
    return this.burstRows.evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '');
        return { start: cells[0], service: cells[1], profit: cells[7], cause: cells[cells.length - 1] };
      })
    );
  }
}
