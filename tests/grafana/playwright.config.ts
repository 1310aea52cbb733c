import { dirname } from 'node:path';
import type { PluginOptions } from '@grafana/plugin-e2e';
import { defineConfig, devices } from '@playwright/test';

// The same product checks against a real Grafana (the compose demo): `GRAFANA_URL=http://localhost:3000 npm run e2e:grafana`.
const pluginE2eAuth = `${dirname(require.resolve('@grafana/plugin-e2e'))}/auth`;
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  },
};

export default defineConfig<PluginOptions>({
  testDir: '.',
  outputDir: '../../test-results/grafana',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { baseURL: process.env.GRAFANA_URL ?? 'http://localhost:3000', trace: 'retain-on-failure' },
  projects: [
    { name: 'auth', testDir: pluginE2eAuth, testMatch: [/.*\.js/] },
    {
      name: 'viewer-auth',
      testDir: pluginE2eAuth,
      testMatch: [/.*\.js/],
      use: { user: { user: 'connhealth-viewer', password: 'connhealth-viewer', role: 'Viewer' } },
    },
    {
      name: 'admin',
      testIgnore: /viewer\//,
      use: { ...chromium, storageState: 'playwright/.auth/admin.json' },
      dependencies: ['auth'],
    },
    {
      name: 'viewer',
      testMatch: /viewer\/.*\.spec\.ts/,
      use: { ...chromium, storageState: 'playwright/.auth/connhealth-viewer.json' },
      dependencies: ['viewer-auth'],
    },
  ],
});
