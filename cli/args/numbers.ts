import { CliError } from '../cliError';

// Plain decimal notation only: Number() would also take "", " ", "0x10" and "Infinity".
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface Bounds {
  min: number;
  max: number;
  /** Why the bounds are what they are, for the message. */
  why?: string;
}

function outOf(flag: string, raw: string, { min, max, why }: Bounds): CliError {
  return new CliError(`${flag} must be between ${min} and ${max}, got ${raw}${why ? `: ${why}` : ''}`);
}

/** A finite number within bounds; the lower bound is exclusive when minExclusive is set. */
export function numberArg(
  flag: string,
  raw: string | undefined,
  fallback: number,
  bounds: Bounds & { minExclusive?: boolean }
): number {
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (!DECIMAL.test(raw.trim()) || !Number.isFinite(value)) {
    throw new CliError(`${flag} must be a number, got "${raw}"`);
  }
  if ((bounds.minExclusive ? value <= bounds.min : value < bounds.min) || value > bounds.max) {
    throw bounds.minExclusive
      ? new CliError(
          `${flag} must be above ${bounds.min} and at most ${bounds.max}, got ${raw}${bounds.why ? `: ${bounds.why}` : ''}`
        )
      : outOf(flag, raw, bounds);
  }
  return value;
}

export function integerArg(flag: string, raw: string | undefined, fallback: number, bounds: Bounds): number {
  if (raw === undefined) {
    return fallback;
  }
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    throw new CliError(`${flag} must be a whole number, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < bounds.min || value > bounds.max) {
    throw outOf(flag, raw, bounds);
  }
  return value;
}
