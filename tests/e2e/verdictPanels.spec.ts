import { PLUGIN_ID } from '../../src/constants';
import { BACKEND_KEEPALIVE_MS, SERVICES, SIMULATED_PROXY_IDLE_MS } from '../../simulator';
import { expect, test } from './fixtures';

const TALL_VIEWPORT = { width: 1400, height: 11000 };
const TIMEOUTS = { fleet: { proxyIdle: `${SIMULATED_PROXY_IDLE_MS / 1000}s`, edge: '10s', route: '15s' } };

test.describe('Keep-alive race and timeout budget verdicts on the Stream 2 page (built plugin, real Prometheus, settings API of the test host)', () => {
  test('lists the services the simulator gave the race, with which side to shorten, and the hop that gives up first', async ({
    page,
    request,
    connectionHealthPage,
  }) => {
    const saved = await request.post(`/api/plugins/${PLUGIN_ID}/settings`, {
      data: { enabled: true, pinned: true, jsonData: { timeouts: TIMEOUTS } },
    });
    expect(saved.status()).toBe(200);
    await page.setViewportSize(TALL_VIEWPORT);
    await connectionHealthPage.goto();

    const racing = SERVICES.filter((p) => BACKEND_KEEPALIVE_MS[p.cluster] < SIMULATED_PROXY_IDLE_MS);
    expect(racing.length).toBeGreaterThan(0);
    const keepAlive = connectionHealthPage.panel('Keep-alive race: services to fix');
    for (const service of racing) {
      const line = keepAlive.getByRole('row').filter({ hasText: service.source });
      await expect(line).toContainText('Shorten the proxy idle timeout to');
      await expect(line).toContainText("raise the backend's keep-alive timeout above 60 s");
    }
    const calm = SERVICES.filter((p) => !racing.includes(p));
    for (const service of calm) {
      await expect(keepAlive.getByRole('row').filter({ hasText: service.source })).toHaveCount(0);
    }

    const budget = connectionHealthPage.panel('Timeout budget: hops to fix');
    await expect(budget.getByRole('row').filter({ hasText: racing[0].source }).first()).toContainText(
      'The edge (ingress) timeout (10 s) is not longer than the proxy route timeout behind it (15 s)'
    );
  });

  test('says why nothing is flagged when the organisation has set no proxy idle timeout', async ({
    page,
    connectionHealthPage,
  }) => {
    await page.setViewportSize(TALL_VIEWPORT);
    await connectionHealthPage.goto();
    await expect(connectionHealthPage.panel('Keep-alive race: services to fix')).toContainText(
      'proxy idle timeout not set for this service nor as a fleet default'
    );
  });
});
