import type { Page } from '@playwright/test';
import { testIds } from '../../../src/components/testIds';

/** What the page saw while it computed: main-thread long tasks, and each state of the ROI panel, in order. */
export interface MainThreadRecord {
  /** Long tasks (the browser's > 50 ms), as [start, duration] in ms from navigation. */
  longTasks: Array<[number, number]>;
  /** Each distinct "Computing impact…" text, and when it was first seen. */
  computing: Array<{ at: number; text: string }>;
  /** When figures were shown, marked stale or not, and where they were computed. */
  results: Array<{ at: number; stale: string | null; computedIn: string | null }>;
}

declare global {
  interface Window {
    __mainThread?: MainThreadRecord;
  }
}

/** Installs the recorder before any page script: a long-task observer and a DOM observer on the ROI panel. */
export async function recordMainThread(page: Page): Promise<void> {
  await page.addInitScript(
    ({ computingId, resultId }) => {
      const record: MainThreadRecord = { longTasks: [], computing: [], results: [] };
      window.__mainThread = record;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          record.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }
      }).observe({ type: 'longtask', buffered: true });
      const seen = () => {
        const computing = (document.querySelector(`[data-testid="${computingId}"]`)?.textContent ?? '').trim();
        const last = record.computing[record.computing.length - 1];
        if (computing && computing !== last?.text) {
          record.computing.push({ at: Math.round(performance.now()), text: computing });
        }
        const result = document.querySelector(`[data-testid="${resultId}"]`);
        const state = result && {
          stale: result.getAttribute('data-stale'),
          computedIn: result.getAttribute('data-computed-in'),
        };
        const previous = record.results[record.results.length - 1];
        if (state && (state.stale !== previous?.stale || state.computedIn !== previous?.computedIn)) {
          record.results.push({ at: Math.round(performance.now()), ...state });
        }
      };
      new MutationObserver(seen).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    { computingId: testIds.revenuePanel.computing, resultId: testIds.revenuePanel.result }
  );
}

export async function mainThreadRecord(page: Page): Promise<MainThreadRecord> {
  return page.evaluate(() => window.__mainThread as MainThreadRecord);
}

/** The longest long task that started within [from, to] ms, 0 when there was none. */
export function longestTaskBetween(record: MainThreadRecord, from: number, to: number): number {
  return Math.max(0, ...record.longTasks.filter(([start]) => start >= from && start <= to).map(([, d]) => d));
}
