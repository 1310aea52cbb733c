import type { ValidationWindows } from './types';

export const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_MS = 21 * DAY_MS;

const UNIT_MS: Record<string, number> = { w: 7 * DAY_MS, d: DAY_MS, h: 3_600_000, m: 60_000 };
const DURATION = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** "21d", "3w", "36h", "2d12h" (Prometheus style, largest unit first) → ms; undefined if malformed. */
export function parseWindowDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === '') {
    return undefined;
  }
  const [, w, d, h, m] = match;
  const ms = [
    [w, 'w'],
    [d, 'd'],
    [h, 'h'],
    [m, 'm'],
  ].reduce((sum, [n, unit]) => sum + (n ? Number(n) * UNIT_MS[unit as string] : 0), 0);
  return ms > 0 ? ms : undefined;
}

export interface WindowRequest {
  fixAt: number;
  beforeMs: number;
  afterMs: number;
  /** First and last sample of request data found around the fix (unix ms), or undefined if none. */
  dataFrom?: number;
  dataTo?: number;
  now: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function shortWindowProblem(side: string, from: number, to: number): string | undefined {
  const hours = (to - from) / 3_600_000;
  return to - from < DAY_MS
    ? `the ${side} window holds only ${hours.toFixed(1)} hours of data (${iso(from)} → ${iso(to)}); at least one day is needed`
    : undefined;
}

/** What is wrong with the request before any data is read: a fix in the future, a window under a day. */
export function requestProblem(r: Pick<WindowRequest, 'fixAt' | 'beforeMs' | 'afterMs' | 'now'>): string | undefined {
  if (r.fixAt > r.now) {
    return `the fix time ${iso(r.fixAt)} is in the future`;
  }
  if (r.beforeMs < DAY_MS || r.afterMs < DAY_MS) {
    return 'windows must be at least one day long (e.g. --before 21d --after 21d)';
  }
  return undefined;
}

/** Requested windows on both sides of the fix, clipped to the data; a one-line problem when they cannot be used. */
export function resolveWindows(r: WindowRequest): { windows: ValidationWindows } | { problem: string } {
  const early = requestProblem(r);
  if (early) {
    return { problem: early };
  }
  if (r.dataFrom === undefined || r.dataTo === undefined) {
    return { problem: `no request data between ${iso(r.fixAt - r.beforeMs)} and ${iso(r.fixAt + r.afterMs)}` };
  }
  if (r.dataFrom >= r.fixAt) {
    return {
      problem: `the fix time ${iso(r.fixAt)} is before the data starts (${iso(r.dataFrom)}): nothing to compare with`,
    };
  }
  if (r.dataTo <= r.fixAt) {
    return { problem: `no data after the fix time ${iso(r.fixAt)} (the data ends ${iso(r.dataTo)})` };
  }
  const requestedBefore = { from: r.fixAt - r.beforeMs, to: r.fixAt };
  const requestedAfter = { from: r.fixAt, to: Math.min(r.fixAt + r.afterMs, r.now) };
  const before = { ...requestedBefore, from: Math.max(requestedBefore.from, r.dataFrom) };
  const after = { ...requestedAfter, to: Math.min(requestedAfter.to, r.dataTo) };
  const problem =
    shortWindowProblem('before', before.from, before.to) ?? shortWindowProblem('after', after.from, after.to);
  if (problem) {
    return { problem };
  }
  return {
    windows: {
      fixAt: r.fixAt,
      before: { ...before, clipped: before.from > requestedBefore.from, requested: requestedBefore },
      after: {
        ...after,
        clipped: after.to < r.fixAt + r.afterMs,
        requested: { from: r.fixAt, to: r.fixAt + r.afterMs },
      },
    },
  };
}

/** Whole days on each side, counted outwards from the fix: day k covers [fix + k·1d, fix + (k+1)·1d). */
export function wholeDays(windows: ValidationWindows): { before: number; after: number } {
  return {
    before: Math.floor((windows.fixAt - windows.before.from) / DAY_MS),
    after: Math.floor((windows.after.to - windows.fixAt) / DAY_MS),
  };
}

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 time with a zone (Z or ±hh:mm) → unix ms; undefined for anything else, such as 2026-02-30 or no zone. */
export function parseFixTime(text: string): number | undefined {
  const m = ISO_WITH_ZONE.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const valid =
    calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  const ms = Date.parse(text.trim());
  return valid && Number.isFinite(ms) ? ms : undefined;
}
