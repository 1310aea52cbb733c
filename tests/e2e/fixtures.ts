import { test as base, expect } from '@playwright/test';
import { ROLE_COOKIE, type HostRole } from '../host/hostConstants';
import { readE2eRun, type E2eRun } from './e2eRun';
import { ConfigPage } from './pages/ConfigPage';
import { ConnectionHealthPage } from './pages/ConnectionHealthPage';
import { HostApi } from './pages/HostApi';

interface Fixtures {
  run: E2eRun;
  role: HostRole;
  hostApi: HostApi;
  connectionHealthPage: ConnectionHealthPage;
  configPage: ConfigPage;
  consoleErrors: string[];
}

// Every test fails on an uncaught exception or a console error in the page, whatever it asserts itself.
export const test = base.extend<Fixtures>({
  run: async ({}, use) => use(readE2eRun()),
  role: ['Admin', { option: true }],
  baseURL: async ({ run }, use) => use(run.hostUrl),
  context: async ({ context, role, run }, use) => {
    await context.addCookies([{ name: ROLE_COOKIE, value: role, url: run.hostUrl }]);
    await use(context);
  },
  hostApi: async ({ request, run }, use) => {
    const api = new HostApi(request, run.hostUrl);
    await api.reset();
    await use(api);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(`console.error: ${message.text()}`);
        }
        // The app initialises its translations before the first scene; this warning means it did not.
        if (message.type() === 'warning' && message.text().includes('i18n was initialized')) {
          errors.push(`console.warn: ${message.text()}`);
        }
      });
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  connectionHealthPage: async ({ page, run, hostApi }, use) => use(new ConnectionHealthPage(page, run, hostApi)),
  configPage: async ({ page, hostApi }, use) => use(new ConfigPage(page, hostApi)),
});

export { expect };
