import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../../../src/components/testIds';
import { PLUGIN_ID } from '../../../src/constants';

test('a viewer sees the organisation defaults read-only', async ({ gotoAppConfigPage, page }) => {
  await gotoAppConfigPage({ pluginId: PLUGIN_ID });
  await expect(page.getByTestId(testIds.appConfig.readOnly)).toBeVisible();
  await expect(page.getByTestId(testIds.appConfig.submit)).toBeDisabled();
});
