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
