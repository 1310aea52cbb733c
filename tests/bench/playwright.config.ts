import { defineConfig } from '@playwright/test';
import hostSuite from '../../playwright.config';

// The render benchmark: same host, Chromium and fixture as the browser suite, its own specs and no retries.
export default defineConfig({
  ...hostSuite,
  testDir: __dirname,
  globalSetup: '../e2e/globalSetup.ts',
  reporter: [['list']],
  retries: 0,
  timeout: 300_000,
});
