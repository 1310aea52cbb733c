import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '../../../src/components/testIds';
import { PLUGIN_ID } from '../../../src/constants';
import type { Assumptions } from '../../../src/impact/assumptions';
import type { HostApi } from './HostApi';

/** The app's configuration page, where Grafana shows it: /plugins/<id>. */
export class ConfigPage {
  readonly container: Locator;
  readonly serviceLabel: Locator;
  readonly datasourceUid: Locator;
  readonly submit: Locator;
  readonly status: Locator;
  readonly readOnly: Locator;

  constructor(
    readonly page: Page,
    readonly hostApi: HostApi
  ) {
    this.container = page.getByTestId(testIds.appConfig.container);
    this.serviceLabel = page.getByTestId(testIds.appConfig.serviceLabel);
    this.datasourceUid = page.getByTestId(testIds.appConfig.datasourceUid);
    this.submit = page.getByTestId(testIds.appConfig.submit);
    this.status = page.getByTestId(testIds.appConfig.status);
    this.readOnly = page.getByTestId(testIds.appConfig.readOnly);
  }

  assumption(name: keyof Assumptions): Locator {
    return this.page.getByTestId(testIds.appConfig.assumption(name));
  }

  async goto(): Promise<void> {
    await this.page.goto(`/plugins/${PLUGIN_ID}`);
    await expect(this.container).toBeVisible();
  }

  async savedSettings(): Promise<Record<string, unknown>> {
    return (await this.hostApi.pluginSettings(PLUGIN_ID)).jsonData;
  }
}
