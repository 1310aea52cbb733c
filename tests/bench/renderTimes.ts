import path from 'node:path';
import type { Page } from '@playwright/test';
import { PROXY_PATH, pluginPublicPath } from '../host/hostConstants';
import { PLUGIN_ID } from '../../src/constants';

export interface RenderSample {
  /** Navigation start until the page's completion marker was seen (includes the host's own bundle). */
  readyMs: number;
  /** First request for the plugin's module.js until the marker: the plugin's own share. */
  pluginReadyMs: number;
  /** Plugin JavaScript the browser fetched from dist/ (decoded size). */
  pluginJsKiB: number;
  queries: number;
}

/** Where each benchmark mode leaves its samples for the report (ignored by git; Playwright empties test-results). */
export const RENDER_RESULTS_DIR = path.join(__dirname, '..', '..', '.cache', 'bench-render');

/** "raw": the fixture's raw samples only; "rules": this app's recording rules evaluated over the month too. */
export function renderMode(): 'raw' | 'rules' {
  return process.env.E2E_RECORDING_RULES === '1' ? 'rules' : 'raw';
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type Timing = { now: number; pluginStart: number; pluginBytes: number; queries: number };

// The browser's own clock, and what it fetched after `since` (ms of the page's clock): plugin JS and queries.
function readTiming(page: Page, since: number): Promise<Timing> {
  return page.evaluate(
    ([pluginPath, proxyPrefix, after]) => {
      const now = performance.now();
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.startTime >= after
      );
      const pluginJs = resources.filter((r) => r.name.includes(pluginPath) && /\.js(\?|$)/.test(r.name));
      return {
        now,
        pluginStart: Math.min(...pluginJs.map((r) => r.startTime)),
        pluginBytes: pluginJs.reduce((sum, r) => sum + r.decodedBodySize, 0),
        queries: resources.filter((r) => r.name.includes(proxyPrefix)).length,
      };
    },
    // Nested plugins are served under their own ids; the common prefix covers both.
    [pluginPublicPath(PLUGIN_ID).replace(`${PLUGIN_ID}/`, ''), PROXY_PATH, since] as const
  );
}

/** Loads `url` in `page` and reads the browser's own clock once `ready` resolves. */
export async function timePageLoad(page: Page, url: string, ready: () => Promise<void>): Promise<RenderSample> {
  await page.goto(url);
  return timeSinceLoad(page, ready);
}

/** The page's current load timed until a (later) marker, e.g. the refined verdict after the first one. */
export async function timeSinceLoad(page: Page, ready: () => Promise<void>): Promise<RenderSample> {
  await ready();
  const timing = await readTiming(page, 0);
  return {
    readyMs: Math.round(timing.now),
    pluginReadyMs: Math.round(timing.now - timing.pluginStart),
    pluginJsKiB: timing.pluginBytes / 1024,
    queries: timing.queries,
  };
}

/**
 * Moves an already loaded app page to `url` as a click on one of the app's tabs does (history push, no reload:
 * Grafana and the plugin's module are already running) and times it until `ready`.
 */
export async function timeInAppNavigation(page: Page, url: string, ready: () => Promise<void>): Promise<RenderSample> {
  const start = await page.evaluate((to) => {
    const now = performance.now();
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    return now;
  }, url);
  await ready();
  const timing = await readTiming(page, start);
  const elapsed = Math.round(timing.now - start);
  return { readyMs: elapsed, pluginReadyMs: elapsed, pluginJsKiB: timing.pluginBytes / 1024, queries: timing.queries };
}
