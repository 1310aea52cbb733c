import { defineConfig } from '@playwright/test';
import hostSuite from '../../playwright.config';

// The render benchmark: same host, Chromium and fixture as the browser suite, its own specs and no retries.
export default defineConfig({
  ...hostSuite,
  testDir: __dirname,
  globalSetup: '../e2e/globalSetup.ts',
  reporter: [['list']],
  retries: 0,
  // Five rounds of six page loads on a loaded 2-core machine took over 300 s (10-17 s a load): a ceiling, not a target.
  timeout: 1_800_000,
});
