import { uniformAt } from './random';
import { SERVICES, STEP_SECONDS, SERVICE_PREFIX } from './scenario';
import type { ResolvedBurst, ResolvedEvent, ResolvedFix, Timeline } from './timeline';

// The fix of seed 000 as data: the leak keeps bursting on three services, then a rollout fixes two of them
// (bursts, restarts and resets stop; keep-alive cycling starts) and a "fix" on the third changes nothing.
export const FIX_ROLLOUT_SCENARIO = 'fix-rollout';
export const FIX_ROLLOUT_DAYS = 44;
/** 21.5 days before the default end: 21 days of data on each side, and half a day to spare. */
export const FIX_ROLLOUT_AT = '2026-03-25T12:00:00Z';
export const FIXED_SERVICES = [`${SERVICE_PREFIX}api-proxy-production`, `${SERVICE_PREFIX}next-pwa-app-production`];
export const NOT_HELPED_SERVICE = `${SERVICE_PREFIX}api-lazlo-production`;

const HOUR = 3600;
const DAY = 86_400;
// Each leaking service bursts about every two days, at its own time of day, 25–45 minutes long.
const LEAKS = [
  { service: FIXED_SERVICES[0], hourOfDay: 9 },
  { service: FIXED_SERVICES[1], hourOfDay: 15 },
  { service: NOT_HELPED_SERVICE, hourOfDay: 12 },
];
const SCHEDULE_SEED = 2026;
// Routine rollouts (days from the fix), and the fix rollout itself on all three leaking services.
const ROUTINE_ROLLOUTS = [
  { service: FIXED_SERVICES[0], days: -9 },
  { service: FIXED_SERVICES[0], days: 7 },
  { service: FIXED_SERVICES[1], days: -4 },
  { service: FIXED_SERVICES[1], days: 12 },
  { service: NOT_HELPED_SERVICE, days: -12 },
];
const ROLLOUT_MINUTES = 15;

const onGrid = (t: number) => Math.round(t / STEP_SECONDS) * STEP_SECONDS;

function leakBursts(start: number, end: number, fixAt: number): ResolvedBurst[] {
  return LEAKS.flatMap((leak, stream) => {
    const stopsAt = FIXED_SERVICES.includes(leak.service) ? fixAt - 12 * HOUR : end;
    const bursts: ResolvedBurst[] = [];
    for (let k = 0; ; k++) {
      const jitter = uniformAt(SCHEDULE_SEED, stream, k);
      const day = Math.floor(start / DAY) * DAY + (1 + 2 * k) * DAY;
      const from = onGrid(day + (leak.hourOfDay + 6 * jitter) * HOUR);
      const minutes = 25 + Math.round(20 * uniformAt(SCHEDULE_SEED, stream + 10, k));
      if (from + minutes * 60 > stopsAt) {
        return bursts;
      }
      const errorRatio = 0.012 + 0.008 * uniformAt(SCHEDULE_SEED, stream + 20, k);
      bursts.push({ service: leak.service, start: from, end: from + minutes * 60, errorRatio, cause: 'close_wait' });
    }
  });
}

function rollout(service: string, at: number): ResolvedEvent {
  return { kind: 'deployment', service, start: onGrid(at), end: onGrid(at) + ROLLOUT_MINUTES * 60 };
}

/** The fix-rollout scenario placed before `end` (data starts `days` before it); the fix at FIX_ROLLOUT_AT. */
export function buildFixRolloutTimeline(days: number, endIso: string): Timeline {
  const endMs = Date.parse(endIso);
  const fixAt = onGrid(Date.parse(FIX_ROLLOUT_AT) / 1000);
  if (!Number.isFinite(endMs) || !(days > 0)) {
    throw new Error(`the fix-rollout scenario needs a valid end and days, got ${endIso} and ${days}`);
  }
  const end = Math.floor(endMs / 1000 / STEP_SECONDS) * STEP_SECONDS;
  const start = end - Math.round((days * DAY) / STEP_SECONDS) * STEP_SECONDS;
  if (fixAt - start < 2 * DAY || end - fixAt < 2 * DAY) {
    throw new Error(
      `the fix-rollout scenario needs data on both sides of ${FIX_ROLLOUT_AT}: choose an end and days around it`
    );
  }
  const fixes: ResolvedFix[] = LEAKS.map((l) => ({
    service: l.service,
    at: fixAt,
    effective: l.service !== NOT_HELPED_SERVICE,
  }));
  const events = [
    ...ROUTINE_ROLLOUTS.map((r) => rollout(r.service, fixAt + r.days * DAY - 1.5 * HOUR)),
    ...fixes.map((f) => rollout(f.service, f.at)),
  ].filter((e) => e.start > start + HOUR && e.end <= end);
  const clear = (b: ResolvedBurst) =>
    b.start > start + HOUR &&
    !events.some((e) => e.service === b.service && b.start < e.end + 2 * HOUR && e.start < b.end + 2 * HOUR);
  const known = new Set(SERVICES.map((s) => s.source));
  const bursts = leakBursts(start, end, fixAt).filter((b) => known.has(b.service) && clear(b));
  return { start, end, step: STEP_SECONDS, bursts, events, fixes };
}
