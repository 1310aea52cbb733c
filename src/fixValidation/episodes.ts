import { pointsByService, sampleNumber, type ServiceSeries } from '../impact';
import type { TimeWindow } from './types';
import { DAY_MS } from './windows';

/** A cluster of events on one service or namespace: one leak episode makes many resets and restarts. */
export interface Episode {
  key: string;
  start: number;
  end: number;
  events: number;
}

export interface EpisodeOptions {
  stepSeconds: number;
  /** A step with fewer events than this (rate × step) is quiet. */
  minEventsPerStep: number;
  /** Events closer than this belong to the same episode. */
  gapMs: number;
}

export const EPISODE_GAP_MS = 3_600_000;

/** Episodes of per-second event series (merged per key), in time order. */
export function findEpisodes(series: ServiceSeries[], o: EpisodeOptions): Episode[] {
  const episodes: Episode[] = [];
  for (const [key, points] of pointsByService(series)) {
    let current: Episode | undefined;
    for (const p of points) {
      const events = p.v * o.stepSeconds;
      if (events < o.minEventsPerStep) {
        continue;
      }
      if (current && p.t - current.end <= o.gapMs) {
        current.end = p.t;
        current.events += events;
      } else {
        current = { key, start: p.t, end: p.t, events };
        episodes.push(current);
      }
    }
  }
  return episodes.sort((a, b) => a.start - b.start);
}

export const inWindow = (t: number, w: TimeWindow) => t >= w.from && t < w.to;

/** Days of the window that some series has data for (distinct sample times × step). */
export function coveredDays(series: ServiceSeries[], window: TimeWindow, stepSeconds: number): number {
  const times = new Set<number>();
  for (const s of series) {
    for (const [t, v] of s.samples) {
      if (inWindow(t, window) && sampleNumber(v) !== undefined) {
        times.add(t);
      }
    }
  }
  return Math.min(times.size * stepSeconds * 1000, window.to - window.from) / DAY_MS;
}
