import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../../src/components/testIds';
import { PLUGIN_ID } from '../../src/constants';

test('an admin is refused a wrong label name and can save a valid one', async ({ gotoAppConfigPage, page }) => {
  const configPage = await gotoAppConfigPage({ pluginId: PLUGIN_ID });
  const label = page.getByTestId(testIds.appConfig.serviceLabel);
  await label.fill('1 not-a-label');
  await expect(page.getByTestId(testIds.appConfig.submit)).toBeDisabled();
  await label.fill('source');
  const saved = configPage.waitForSettingsResponse();
  await page.getByTestId(testIds.appConfig.submit).click();
  await expect(saved).toBeOK();
});
