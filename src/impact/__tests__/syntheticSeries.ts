import type { LiveSeries } from '../liveImpact';
import type { RawSample, SampleValue, ServiceSeries } from '../series';

export const MINUTE = 60_000;
export const T0 = Date.UTC(2026, 3, 10, 0, 0, 0);

/** One sample a minute for `minutes`, valued by `f(minute)`. */
export function series(service: string, minutes: number, f: (minute: number) => SampleValue): ServiceSeries {
  const samples: RawSample[] = [];
  for (let m = 0; m < minutes; m++) {
    samples.push([T0 + m * MINUTE, f(m)]);
  }
  return { service, samples };
}

export const within = (m: number, from: number, to: number) => m >= from && m < to;
export const MINUTES = 2 * 24 * 60;
export const burstA = (m: number) => within(m, 300, 330);
export const burstB = (m: number) => within(m, 1500, 1530);
export const inBurst = (m: number) => burstA(m) || burstB(m);

export function live(overrides: Partial<LiveSeries> = {}): LiveSeries {
  return {
    requests: [series('next-pwa-app', MINUTES, () => 4600)],
    errors: [series('next-pwa-app', MINUTES, (m) => 4600 * (inBurst(m) ? 0.015 : 0.0005))],
    // Burst A carries the CLOSE_WAIT signature; burst B (say an upstream outage) does not.
    rxReset: [series('next-pwa-app', MINUTES, (m) => (burstA(m) ? 3 : 0))],
    remoteCloseRatio: [series('next-pwa-app', MINUTES, (m) => (burstA(m) ? 0.35 : 0.02))],
    closeWait: [series('node-1', MINUTES, (m) => (burstA(m) ? 40 + m - 300 : 2)), series('node-2', MINUTES, () => 1)],
    pages: [series('next-pwa-app', MINUTES, () => 200), series('api-proxy', MINUTES, () => 20)],
    ...overrides,
  };
}
