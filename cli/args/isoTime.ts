import { CliError } from '../cliError';

export const ISO_EXAMPLE = '2026-04-01T00:00:00Z';
const EXPECTED = `expected an ISO 8601 time with a zone, such as ${ISO_EXAMPLE} or 2026-04-01T02:00:00+02:00`;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Minutes east of UTC; undefined when the zone is out of range.
function zoneMinutes(zone: string): number | undefined {
  if (zone === 'Z') {
    return 0;
  }
  const [hours, minutes] = zone.slice(1).split(':').map(Number);
  if (hours > 23 || minutes > 59) {
    return undefined;
  }
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function calendarProblem(parts: number[]): string | undefined {
  const [year, month, day, hour, minute, second] = parts;
  if (year < 1970) {
    return 'is before 1970, where Prometheus holds no data';
  }
  if (month < 1 || month > 12) {
    return `has no month ${month}`;
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return `is not a day of the calendar (${MONTHS[month - 1]} ${year} has ${days} days)`;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return 'is not a time of day (hours 00–23, minutes and seconds 00–59)';
  }
  return undefined;
}

/** Unix ms of a strict ISO 8601 date-time with a zone; anything else is refused with the expected form. */
export function parseIsoTime(raw: string, flag: string): number {
  const match = DATE_TIME.exec(raw.trim());
  if (!match) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw.trim());
    throw new CliError(
      `${flag} "${raw}" is ${dateOnly ? 'a date without a time and zone' : 'not a time'}: ${EXPECTED}`
    );
  }
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
  if (!zone) {
    throw new CliError(
      `${flag} "${raw}" has no time zone, so it could mean any of 24 hours: add Z for UTC (${ISO_EXAMPLE}) or an offset such as +02:00`
    );
  }
  const parts = [y, mo, d, h, mi, s].map(Number);
  const problem = calendarProblem(parts);
  const offset = zoneMinutes(zone);
  if (problem || offset === undefined) {
    throw new CliError(`${flag} "${raw}" ${problem ?? `has a zone offset ${zone} beyond ±23:59`}: ${EXPECTED}`);
  }
  const [year, month, day, hour, minute, second] = parts;
  const ms = Math.round(Number(`0${fraction || '.0'}`) * 1000);
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}
