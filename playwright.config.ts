import { defineConfig } from '@playwright/test';
import { BUDGET_MS } from './tests/fixtures/budgets';

// The host suite: Debian's Chromium over the built dist/ in the test host (tests/host), one worker on 2 cores.
// Waits are on conditions; their budgets are sized for a loaded 2-core machine (speed is in docs/benchmarks).
export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: BUDGET_MS.test,
  expect: {
    timeout: BUDGET_MS.expect,
    // The committed screenshots are the reference; tolerances: tests/e2e/screenshots.spec.ts.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  // docs/screenshots is the reference; only `npm run screenshots` (--update-snapshots=changed) writes it.
  snapshotPathTemplate: 'docs/screenshots/{arg}{ext}',
  updateSnapshots: 'none',
  // npm test also asks for JSON results, which it sums into its closing line.
  reporter: process.env.E2E_RESULTS_JSON
    ? [['list'], ['json', { outputFile: process.env.E2E_RESULTS_JSON }]]
    : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 1000 },
    timezoneId: 'UTC',
    locale: 'en-US',
    actionTimeout: BUDGET_MS.action,
    navigationTimeout: BUDGET_MS.navigation,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Same pixels on every machine: no LCD subpixel text, no hinting differences from the desktop's settings.
        '--font-render-hinting=none',
        '--disable-lcd-text',
      ],
    },
  },
});
