import { PLUGIN_ID } from '../../src/constants';
import { expect, test } from './fixtures';

test.describe('Configuration page (service label, datasource, assumptions) on the built plugin (settings API served by the test host)', () => {
  test(
    'an admin gets a wrong label name refused, then saves a valid one that the app then uses',
    { tag: '@smoke' },
    async ({ configPage, connectionHealthPage, hostApi }) => {
      await configPage.goto();
      await expect(configPage.readOnly).toHaveCount(0);

      await configPage.serviceLabel.fill('1 not-a-label');
      await expect(configPage.container).toContainText('is not a Prometheus label name');
      await expect(configPage.submit).toBeDisabled();

      await configPage.serviceLabel.fill('envoy_cluster_name');
      await expect(configPage.submit).toBeEnabled();
      await configPage.submit.click();
      await expect(configPage.status).toContainText('Saved');
      expect(await configPage.savedSettings()).toMatchObject({ serviceLabel: 'envoy_cluster_name' });

      await connectionHealthPage.goto();
      await expect
        .poll(async () => (await hostApi.expressions()).some((e) => e.includes('envoy_cluster_name=~')))
        .toBe(true);
    }
  );

  test('an admin gets a nonsense assumption refused field by field, then saves valid ones', async ({ configPage }) => {
    await configPage.goto();
    await configPage.assumption('profitMargin').fill('-0.1');
    await configPage.assumption('engineerDays').fill('0');
    await expect(configPage.container).toContainText('(profitMargin) must be between');
    await expect(configPage.container).toContainText('(engineerDays) must be above 0');
    await expect(configPage.submit).toBeDisabled();

    await configPage.assumption('profitMargin').fill('0.3');
    await configPage.assumption('engineerDays').fill('12');
    await expect(configPage.submit).toBeEnabled();
    await configPage.submit.click();
    await expect(configPage.status).toContainText('Saved');
    expect(await configPage.savedSettings()).toMatchObject({ assumptions: { profitMargin: 0.3, engineerDays: 12 } });

    await configPage.goto();
    await expect(configPage.assumption('profitMargin')).toHaveValue('0.3');
  });

  test.describe('as a viewer', () => {
    test.use({ role: 'Viewer' });

    test('sees the settings read-only, and the host refuses a direct write as Grafana does', async ({
      page,
      configPage,
    }) => {
      await configPage.goto();
      await expect(configPage.readOnly).toBeVisible();
      await expect(configPage.serviceLabel).toBeDisabled();
      await expect(configPage.assumption('gmvPerSession')).toBeDisabled();
      await expect(configPage.submit).toBeDisabled();

      const write = await page.request.post(`/api/plugins/${PLUGIN_ID}/settings`, {
        data: {
          enabled: true,
          pinned: true,
          jsonData: { serviceLabel: 'envoy_cluster_name', assumptions: { profitMargin: 0.9 } },
        },
      });
      expect(write.status()).toBe(403);
      expect(await configPage.savedSettings()).toEqual({});
    });
  });
});
