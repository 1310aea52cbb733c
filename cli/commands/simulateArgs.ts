import { DEFAULT_END, DEFAULT_SEED, MAX_DAYS, MAX_SPEED } from '../../simulator';
import { parseIsoTime } from '../args/isoTime';
import { integerArg, numberArg } from '../args/numbers';
import { textArg } from '../args/textArg';
import { CliError } from '../cliError';

const HOUR_DAYS = 1 / 24;

export function daysArg(raw: string | undefined, fallback: number): number {
  const days = numberArg('--days', raw, fallback, {
    min: 0,
    minExclusive: true,
    max: MAX_DAYS,
    why: 'the simulator places its scenario in at most a year and a bit',
  });
  if (days < HOUR_DAYS) {
    throw new CliError(`--days ${raw} is shorter than an hour, too short for any of the scenario: use at least 0.05`);
  }
  return days;
}

export function seedArg(raw: string | undefined): number {
  return integerArg('--seed', raw, DEFAULT_SEED, { min: 0, max: 2 ** 31 - 1, why: 'larger seeds repeat smaller ones' });
}

/** The scenario's end as an ISO string, after the same strict check `report` applies to its times. */
export function endArg(raw: string | undefined): string {
  return new Date(parseIsoTime(raw ?? DEFAULT_END, '--end')).toISOString();
}

export function portArg(raw: string | undefined): number {
  return integerArg('--port', raw, 9900, { min: 0, max: 65535, why: '0 picks a free port' });
}

export function hostArg(raw: string | undefined): string {
  const host = textArg('--host', raw ?? '0.0.0.0', 'an address to listen on, e.g. 127.0.0.1 or 0.0.0.0');
  if (/\s/.test(host)) {
    throw new CliError(`--host "${host}" contains a space: an address to listen on, e.g. 127.0.0.1 or 0.0.0.0`);
  }
  return host;
}

export function speedArg(raw: string | undefined): number {
  return numberArg('--speed', raw, 60, {
    min: 0,
    minExclusive: true,
    max: MAX_SPEED,
    why: 'scenario seconds per second; a week a second is the most a scrape can replay',
  });
}
