import { liveImpact, type LiveImpact, type LiveImpactOptions, type LiveSeries } from '../../../impact';

/** What the panel hands the engine: plain data only; its columns cross to the worker as transferred typed arrays. */
export interface ImpactRequest {
  id: number;
  series: LiveSeries;
  options: LiveImpactOptions;
}

export type ImpactReply = { id: number; live: LiveImpact } | { id: number; error: string };

/** The engine behind the panel, wherever it runs (the worker, or this tab when the browser refuses one). */
export function answerImpactRequest(request: ImpactRequest): ImpactReply {
  try {
    return { id: request.id, live: liveImpact(request.series, request.options) };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Services the computation covers, for the "Computing impact for N services…" line. */
export function servicesIn(series: LiveSeries): number {
  return new Set(series.requests.map((s) => s.service)).size;
}
