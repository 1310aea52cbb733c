import { PLUGIN_ID } from '../../src/constants';
import { expect, test } from './fixtures';
import { BusinessImpactPage } from './pages/BusinessImpactPage';

test.describe('Organisation settings as Grafana caches them (settings API served by the test host; the page reads them once per load, as Grafana does)', () => {
  test('saving reloads the page, so the form shows what was saved and a second save keeps the first', async ({
    page,
    configPage,
  }) => {
    await configPage.goto();
    await page.evaluate(() => Object.assign(window, { beforeSave: true }));
    await configPage.assumption('profitMargin').fill('0.3');
    await configPage.submit.click();
    await expect(configPage.status).toContainText('Saved');
    expect(await page.evaluate(() => 'beforeSave' in window), 'a full page reload after saving').toBe(false);
    await expect(configPage.assumption('profitMargin')).toHaveValue('0.3');

    await configPage.assumption('engineerDays').fill('12');
    await configPage.submit.click();
    await expect(configPage.assumption('engineerDays')).toHaveValue('12');
    await expect
      .poll(() => configPage.savedSettings())
      .toMatchObject({ assumptions: { profitMargin: 0.3, engineerDays: 12 } });
  });

  test('the ROI panel says visibly that an organisation without the app enabled gets the seed’s assumptions', async ({
    page,
    request,
    run,
  }) => {
    const disabled = await request.post(`/api/plugins/${PLUGIN_ID}/settings`, {
      data: { enabled: false, pinned: false, jsonData: {} },
    });
    expect(disabled.status()).toBe(200);
    const impactPage = new BusinessImpactPage(page);
    await impactPage.goto({ from: run.groundTruth.start, to: run.groundTruth.end });
    await expect(impactPage.defaultsNote).toContainText('not enabled in this organisation');
    await expect(impactPage.defaultsNote).toContainText("seed 000's values");
  });
});
