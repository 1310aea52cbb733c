import { cleanPoints, type ServiceSeries } from '../impact';
import type { ValidationWindows } from './types';
import { DAY_MS, wholeDays } from './windows';

export type Combine = 'sum' | 'max' | 'min';

/** One value per whole day on each side of the fix, oldest first. */
export interface DayValues {
  before: number[];
  after: number[];
}

const COMBINE: Record<Combine, (a: number, b: number) => number> = {
  sum: (a, b) => a + b,
  max: Math.max,
  min: Math.min,
};

/** Day index relative to the fix for a sample stamped at t (covering the time just before t): −1 is the last day before. */
export function dayIndex(t: number, fixAt: number): number {
  return Math.ceil((t - fixAt) / DAY_MS) - 1;
}

function split(byDay: Map<number, number>, windows: ValidationWindows): DayValues {
  const days = wholeDays(windows);
  const pick = (from: number, to: number) =>
    [...byDay.entries()]
      .filter(([k]) => k >= from && k <= to)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => v);
  return { before: pick(-days.before, -1), after: pick(0, days.after - 1) };
}

function combineByDay(series: ServiceSeries[], windows: ValidationWindows, combine: Combine, perService: Combine) {
  const byDay = new Map<number, number>();
  for (const s of series) {
    const own = new Map<number, number>();
    for (const p of cleanPoints(s.samples)) {
      const k = dayIndex(p.t, windows.fixAt);
      own.set(k, own.has(k) ? COMBINE[perService](own.get(k) as number, p.v) : p.v);
    }
    own.forEach((v, k) => byDay.set(k, byDay.has(k) ? COMBINE[combine](byDay.get(k) as number, v) : v));
  }
  return split(byDay, windows);
}

/** Daily series (one sample per day): the services combined per day. */
export function dailyValues(series: ServiceSeries[], windows: ValidationWindows, combine: Combine): DayValues {
  return combineByDay(series, windows, combine, combine);
}

/** Fine-step series: each day's highest value over every service. */
export function dailyPeaks(series: ServiceSeries[], windows: ValidationWindows): DayValues {
  return combineByDay(series, windows, 'max', 'max');
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}
