import { DEFAULT_WINDOW_MS } from './windows';

/** Either side defaults to the other's length, both to 21 days: equal windows compare like with like. */
export function equalWindows(beforeMs?: number, afterMs?: number): { beforeMs: number; afterMs: number } {
  return {
    beforeMs: beforeMs ?? afterMs ?? DEFAULT_WINDOW_MS,
    afterMs: afterMs ?? beforeMs ?? DEFAULT_WINDOW_MS,
  };
}
