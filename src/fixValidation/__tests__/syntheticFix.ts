import type { RawSample, ServiceSeries } from '../../impact';
import type { Deployment, FixValidationSeries } from '../types';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 1);

/** A small deterministic generator (mulberry32) so every run sees the same "random" incidents. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticFixOptions {
  days: number;
  stepMinutes: number;
  /** Burst start times (ms); each lasts 30 minutes and ends in three pod restarts. */
  bursts: number[];
  /** From this time on, keep-alive cycling is ten times higher. */
  tunedFrom?: number;
  deployments?: Deployment[];
  seed?: number;
}

const SERVICE = 'conveyor-cloud.ns.api-proxy-production';
const NAMESPACE = 'api-proxy-production';
const BURST_MS = 30 * 60_000;

/** Fine-step and daily series of one service shaped like the simulator's: bursts, resets, restarts, cycling. */
export function syntheticFix(o: SyntheticFixOptions): FixValidationSeries {
  const rand = random(o.seed ?? 1);
  const step = o.stepMinutes * 60_000;
  const points = Math.floor((o.days * DAY) / step);
  const inBurst = (t: number) => o.bursts.some((b) => t > b && t <= b + BURST_MS);
  const restartAt = (t: number) => o.bursts.some((b) => t - step < b + BURST_MS && t >= b + BURST_MS);
  const fine = (f: (t: number) => number, service = SERVICE): ServiceSeries => {
    const samples: RawSample[] = [];
    for (let i = 0; i <= points; i++) {
      const t = T0 + i * step;
      samples.push([t, f(t)]);
    }
    return { service, samples };
  };
  const requests = (t: number) => 1000 * (1 + 0.05 * (rand() - 0.5));
  const daily = (f: (dayStart: number) => number): ServiceSeries => {
    const samples: RawSample[] = [];
    for (let d = 1; d <= o.days; d++) {
      samples.push([T0 + d * DAY, f(T0 + (d - 1) * DAY)]);
    }
    return { service: SERVICE, samples };
  };
  const burstsOn = (day: number) => o.bursts.filter((b) => b >= day && b < day + DAY).length;
  const tuned = (t: number) => o.tunedFrom !== undefined && t >= o.tunedFrom;
  return {
    live: {
      requests: [fine(requests)],
      errors: [fine((t) => 1000 * (inBurst(t) ? 0.02 : 0.001))],
      rxReset: [fine((t) => (inBurst(t) ? 0.5 : 0))],
      remoteCloseRatio: [fine((t) => (inBurst(t) ? 0.35 : 0.01 + 0.005 * rand()))],
      closeWait: [fine((t) => (inBurst(t) ? 400 : 5), 'node-1')],
      pages: [fine(() => 40)],
    },
    restarts: [fine((t) => (restartAt(t) ? 3 / (o.stepMinutes * 60) : 0), NAMESPACE)],
    daily: {
      fivexx: [daily((d) => 86_400 + burstsOn(d) * 34_000 + 2000 * rand())],
      p99Ms: [daily((d) => 850 + (burstsOn(d) ? 300 : 0) + 30 * rand())],
      retrySuccess: [daily((d) => (burstsOn(d) ? 0.6 : 0.9) + 0.02 * rand())],
      pendingOverflow: [daily(() => 0)],
      keepAliveCycling: [daily((d) => (tuned(d) ? 2 : 0.2) * (1 + 0.1 * rand()))],
    },
    deployments: o.deployments ?? [],
  };
}

/** Burst start times from a Poisson process of `perDay` bursts a day, kept apart from each other. */
export function poissonBursts(seed: number, from: number, to: number, perDay: number): number[] {
  const rand = random(seed);
  const starts: number[] = [];
  let t = from;
  for (;;) {
    t += (-Math.log(1 - rand()) / perDay) * DAY;
    if (t >= to - 2 * BURST_MS) {
      return starts;
    }
    if (!starts.length || t - starts[starts.length - 1] > 2 * BURST_MS) {
      starts.push(Math.round(t / 60_000) * 60_000);
    }
  }
}

export { SERVICE, NAMESPACE };
