import { BURSTS, EVENTS, SERVICES, STEP_SECONDS, type BurstCause, type EventPlan } from './scenario';

export interface ResolvedBurst {
  service: string;
  /** Unix seconds; the burst covers the sample intervals (t − step, t] with start < t ≤ end. */
  start: number;
  end: number;
  errorRatio: number;
  cause: BurstCause;
}

export interface ResolvedEvent extends Omit<EventPlan, 'hoursBeforeEnd' | 'minutes'> {
  start: number;
  end: number;
}

/** A rollout meant to fix the leak (the fix-rollout scenario). */
export interface ResolvedFix {
  service: string;
  /** Unix seconds: the rollout starts here. */
  at: number;
  /** Whether it stopped the leak and turned on keep-alive cycling. */
  effective: boolean;
}

export interface Timeline {
  /** Unix seconds of the first and last sample (both on the step grid). */
  start: number;
  end: number;
  step: number;
  bursts: ResolvedBurst[];
  events: ResolvedEvent[];
  fixes?: ResolvedFix[];
}

/** The longest scenario window: a year and a bit, enough for a year-over-year report. */
export const MAX_DAYS = 400;

/** The scenario placed before `end`, keeping only what falls wholly inside the window. */
export function buildTimeline(days: number, endIso: string): Timeline {
  const endMs = Date.parse(endIso);
  if (!Number.isFinite(endMs)) {
    throw new Error(`"${endIso}" is not an ISO date`);
  }
  if (!(days > 0) || days > MAX_DAYS) {
    throw new Error(`days must be between 0 and ${MAX_DAYS}, got ${days}`);
  }
  const step = STEP_SECONDS;
  const end = Math.floor(endMs / 1000 / step) * step;
  const start = end - Math.round((days * 86400) / step) * step;
  const place = (hoursBeforeEnd: number, minutes: number) => {
    const s = end - Math.round((hoursBeforeEnd * 3600) / step) * step;
    return { start: s, end: s + minutes * 60 };
  };
  const inside = (w: { start: number; end: number }) => w.start >= start + 3600 && w.end <= end;
  const bursts = BURSTS.map((b) => ({
    service: b.service,
    ...place(b.hoursBeforeEnd, b.minutes),
    errorRatio: b.errorRatio,
    cause: b.cause,
  })).filter(inside);
  const known = new Set(SERVICES.map((s) => s.source));
  const unknown = [...BURSTS, ...EVENTS].find((e) => e.service !== undefined && !known.has(e.service));
  if (unknown) {
    throw new Error(`Scenario names unknown service "${unknown.service}"`);
  }
  const events = EVENTS.map(({ hoursBeforeEnd, minutes, ...rest }) => ({
    ...rest,
    ...place(hoursBeforeEnd, minutes),
  })).filter(inside);
  return { start, end, step, bursts, events };
}
