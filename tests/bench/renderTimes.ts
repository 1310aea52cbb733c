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

/**
 * What a page shows once it is ready, watched in the page itself: the first element matching `css` (with exactly
 * `text`, when given). Playwright's own waits poll at widening intervals (up to a second), which would add their
 * cadence to every time; the page records the moment instead and the test reads it after its wait.
 */
export interface ReadyMark {
  key: string;
  css: string;
  text?: string;
}

type Watched = Window & { __benchShown?: Record<string, number>; __benchForget?: () => void };

/**
 * Installs, in every document `page` loads, a recorder of when each mark first shows: a MutationObserver notices
 * the element, and the time is read in the next animation frame (when the browser paints it).
 */
export async function watchReadyMarks(page: Page, marks: ReadyMark[]): Promise<void> {
  await page.addInitScript((watched: ReadyMark[]) => {
    const w = window as Watched;
    const shown: Record<string, number> = {};
    const pending = new Set<string>();
    w.__benchShown = shown;
    w.__benchForget = () => {
      for (const key of Object.keys(shown)) {
        delete shown[key];
      }
    };
    const check = () => {
      for (const mark of watched) {
        if (shown[mark.key] !== undefined || pending.has(mark.key)) {
          continue;
        }
        const found = Array.from(document.querySelectorAll(mark.css)).some(
          (el) => mark.text === undefined || (el.textContent ?? '').trim() === mark.text
        );
        if (found) {
          pending.add(mark.key);
          requestAnimationFrame(() => {
            shown[mark.key] = performance.now();
            pending.delete(mark.key);
          });
        }
      }
    };
    new MutationObserver(check).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }, marks);
}

/** When the page first showed `key` (its clock), after the test's own wait for it has passed. */
async function shownAt(page: Page, key: string): Promise<number> {
  const at = await page
    .waitForFunction((k) => (window as Watched).__benchShown?.[k], key, { timeout: 10_000 })
    .then((handle) => handle.jsonValue());
  if (typeof at !== 'number') {
    throw new Error(`the page never recorded "${key}": is watchReadyMarks installed with that key?`);
  }
  return at;
}

/** Loads `url` in `page` and reads when the page first showed `mark`, once `ready` resolves. */
export async function timePageLoad(
  page: Page,
  url: string,
  ready: () => Promise<void>,
  mark: string
): Promise<RenderSample> {
  await page.goto(url);
  return timeSinceLoad(page, ready, mark);
}

/** The page's current load timed until a (later) mark, e.g. the refined verdict after the first one. */
export async function timeSinceLoad(page: Page, ready: () => Promise<void>, mark: string): Promise<RenderSample> {
  await ready();
  const at = await shownAt(page, mark);
  const timing = await readTiming(page, 0);
  return {
    readyMs: Math.round(at),
    pluginReadyMs: Math.round(at - timing.pluginStart),
    pluginJsKiB: timing.pluginBytes / 1024,
    queries: timing.queries,
  };
}

/**
 * Moves an already loaded app page to `url` as a click on one of the app's tabs does (history push, no reload:
 * Grafana and the plugin's module are already running) and times it until the page shows `mark`.
 */
export async function timeInAppNavigation(
  page: Page,
  url: string,
  ready: () => Promise<void>,
  mark: string
): Promise<RenderSample> {
  const start = await page.evaluate((to) => {
    (window as Watched).__benchForget?.();
    const now = performance.now();
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    return now;
  }, url);
  await ready();
  const elapsed = Math.round((await shownAt(page, mark)) - start);
  const timing = await readTiming(page, start);
  return { readyMs: elapsed, pluginReadyMs: elapsed, pluginJsKiB: timing.pluginBytes / 1024, queries: timing.queries };
}
