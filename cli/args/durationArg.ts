import { CliError } from '../cliError';
import { formatDuration } from '../formatDuration';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;

/** "90s", "2m", "500ms", "1.5h" or plain seconds, in ms, within [minMs, maxMs]. */
export function durationArg(
  flag: string,
  raw: string | undefined,
  fallbackMs: number,
  minMs: number,
  maxMs: number
): number {
  if (raw === undefined) {
    return fallbackMs;
  }
  const match = DURATION.exec(raw.trim());
  if (!match) {
    throw new CliError(`${flag} "${raw}" is not a duration: expected a number with ms, s, m or h, such as 90s or 10m`);
  }
  const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's'];
  if (ms < minMs || ms > maxMs) {
    throw new CliError(`${flag} ${raw} is out of range: between ${formatDuration(minMs)} and ${formatDuration(maxMs)}`);
  }
  return ms;
}
