import { expect, type Locator, type Page } from '@playwright/test';
import { selectors } from '@grafana/e2e-selectors';
import { PLUGIN_BASE_URL, ROUTES } from '../../../src/constants';
import { HOST_TEST_IDS } from '../../host/hostConstants';
import type { E2eRun } from '../e2eRun';
import type { HostApi } from './HostApi';

export interface TimeRangeSeconds {
  from: number;
  to: number;
}

/** The Stream 2 page; Grafana's own components are found by Grafana's published e2e selectors. */
export class ConnectionHealthPage {
  constructor(
    readonly page: Page,
    private readonly run: E2eRun,
    readonly hostApi: HostApi
  ) {}

  /** The fixture's last day: its data ends in the past, so "now-6h" would be empty. */
  lastDay(): TimeRangeSeconds {
    return { from: this.run.groundTruth.end - 86_400, to: this.run.groundTruth.end };
  }

  async goto(range: TimeRangeSeconds = this.lastDay(), extra: Record<string, string> = {}): Promise<void> {
    const params = new URLSearchParams({ from: String(range.from * 1000), to: String(range.to * 1000), ...extra });
    await this.page.goto(`${PLUGIN_BASE_URL}/${ROUTES.ConnectionHealth}?${params}`);
    await expect(this.page.getByRole('heading', { name: /Connection Health/ })).toBeVisible();
  }

  row(title: string): Locator {
    return this.page.getByTestId(selectors.components.DashboardRow.title(title));
  }

  panel(title: string): Locator {
    return this.page.getByTestId(selectors.components.Panels.Panel.title(title)).first();
  }

  /**
   * Series Grafana's TimeSeries (uPlot) drew with at least one finite point, by display name: real data reached
   * the canvas. Read through the host's test hook, since a canvas has no DOM to query.
   */
  drawnSeries(title: string): Locator {
    return this.panel(title).getByTestId(HOST_TEST_IDS.drawnSeries).locator('li');
  }

  /** Timeline annotations the panel received ("title: text"), through the host's stand-in for Grafana's markers. */
  annotations(title: string): Locator {
    return this.panel(title).getByTestId(HOST_TEST_IDS.drawnAnnotations).locator('li');
  }

  /** Names in the panel's legend, as @grafana/ui's VizLegend shows them. */
  legendSeries(title: string): Locator {
    return this.panel(title).locator(`[data-testid^="${selectors.components.VizLegend.seriesName('')}"]`);
  }

  variable(label: string): Locator {
    return this.page.getByTestId(selectors.pages.Dashboard.SubMenu.submenuItem).filter({ hasText: label });
  }

  timeRangeButton(): Locator {
    return this.page.getByTestId(selectors.components.TimePicker.openButton);
  }

  /** Picks one service in the multi-value Service variable (replacing "All"). */
  async selectService(service: string): Promise<void> {
    const picker = this.variable('Service');
    await picker.getByRole('combobox').click();
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(service);
    await this.page.getByTestId(selectors.pages.Dashboard.SubMenu.submenuItemValueDropDownOptionTexts(service)).click();
    // A multi-value picker applies its selection when a click outside closes it.
    await this.page.mouse.click(1, 1);
  }
}
