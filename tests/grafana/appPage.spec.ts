import { expect, test } from '@grafana/plugin-e2e';
import { MAIN_PAGE_TITLE, PLUGIN_ID, ROUTES } from '../../src/constants';
import { DASHBOARD_ROWS } from '../../src/queries';

test.describe('Connection Health in a real Grafana', () => {
  test('the Stream 2 page shows the seven row groups in order', async ({ gotoAppPage, page, selectors }) => {
    await gotoAppPage({ pluginId: PLUGIN_ID, path: `/${ROUTES.ConnectionHealth}` });
    await expect(page.getByRole('heading', { name: MAIN_PAGE_TITLE })).toBeVisible();
    for (const row of DASHBOARD_ROWS) {
      await expect(page.getByTestId(selectors.components.DashboardRow.title(row.title))).toBeVisible();
    }
  });

  test('the service and time range live in the URL', async ({ gotoAppPage, page }) => {
    await gotoAppPage({ pluginId: PLUGIN_ID, path: `/${ROUTES.ConnectionHealth}` });
    await expect(page).toHaveURL(/var-service=/);
    await expect(page).toHaveURL(/from=/);
    await page.goto(`/a/${PLUGIN_ID}/${ROUTES.ConnectionHealth}?from=now-2h&to=now-1h`);
    await expect(page).toHaveURL(/from=now-2h/);
  });

  test('the Business impact page opens', async ({ gotoAppPage, page }) => {
    await gotoAppPage({ pluginId: PLUGIN_ID, path: `/${ROUTES.BusinessImpact}` });
    await expect(page.getByRole('heading', { name: /Business impact/i })).toBeVisible();
  });
});
