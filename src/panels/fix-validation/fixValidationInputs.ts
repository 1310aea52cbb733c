import type { InterpolateFunction } from '@grafana/data';
import { ALL_VALUE_REGEX, DEFAULT_SERVICE_LABEL } from '../../constants';
import { equalWindows, parseFixTime, parseWindowDuration } from '../../fixValidation';
import { FIX_PANEL_DEFAULTS, type FixValidationOptions } from './options';
import { prometheusUid } from './datasourceProxyPrometheus';

export interface FixValidationInputs {
  uid: string;
  serviceLabel: string;
  /** Undefined: the service label. */
  databaseServiceLabel?: string;
  services: string;
  /** Unix ms, or undefined: search the range (or ask). */
  fixAt?: number;
  beforeMs: number;
  afterMs: number;
  searchDefault: boolean;
}

// A variable the dashboard does not define stays as written: treat it as not set rather than as text.
const UNRESOLVED = /\$(\{\w[^}]*\}|\w+)/;

function text(raw: string | undefined, fallback: string, interpolate: InterpolateFunction, format?: string): string {
  const value = interpolate(raw ?? fallback, undefined, format).trim();
  return UNRESOLVED.test(value) ? '' : value;
}

function windowMs(raw: string, name: string): number | string | undefined {
  if (raw === '') {
    return undefined;
  }
  return parseWindowDuration(raw) ?? `The ${name} window "${raw}" is not a duration such as 21d, 3w or 36h.`;
}

/** The two window lengths as typed ('' for the default), or one line saying which is not a duration. */
export function windowLengths(
  beforeText: string,
  afterText: string
): { beforeMs: number; afterMs: number } | { problem: string } {
  const before = windowMs(beforeText.trim(), 'before');
  const after = windowMs(afterText.trim(), 'after');
  for (const side of [before, after]) {
    if (typeof side === 'string') {
      return { problem: side };
    }
  }
  return equalWindows(before as number | undefined, after as number | undefined);
}

/** A fix time as typed: undefined when empty (use the default), or one line saying it is not a time. */
export function fixTimeOf(raw: string): { fixAt?: number } | { problem: string } {
  const trimmed = raw.trim();
  if (trimmed === '') {
    return {};
  }
  const fixAt = parseFixTime(trimmed);
  return fixAt === undefined
    ? { problem: `The fix time "${trimmed}" is not an ISO 8601 time with a zone, e.g. 2026-03-25T12:00:00Z.` }
    : { fixAt };
}

/** The panel's options interpolated and checked: what to validate, or one line saying what is wrong. */
export function fixValidationInputs(
  options: FixValidationOptions,
  interpolate: InterpolateFunction
): FixValidationInputs | { problem: string } {
  const reference = text(options.prometheus, FIX_PANEL_DEFAULTS.prometheus, interpolate);
  const uid = prometheusUid(reference);
  if (!uid) {
    return {
      problem: `"${reference || 'the default datasource'}" is not a Prometheus datasource: choose one in the panel's Selection options.`,
    };
  }
  const fix = fixTimeOf(text(options.fixAt, FIX_PANEL_DEFAULTS.fixAt, interpolate));
  if ('problem' in fix) {
    return fix;
  }
  const windows = windowLengths(text(options.before, '', interpolate), text(options.after, '', interpolate));
  if ('problem' in windows) {
    return windows;
  }
  return {
    ...windows,
    uid,
    serviceLabel: text(options.serviceLabel, FIX_PANEL_DEFAULTS.serviceLabel, interpolate) || DEFAULT_SERVICE_LABEL,
    databaseServiceLabel:
      text(options.databaseServiceLabel, FIX_PANEL_DEFAULTS.databaseServiceLabel, interpolate) || undefined,
    services: text(options.services, FIX_PANEL_DEFAULTS.services, interpolate, 'regex') || ALL_VALUE_REGEX,
    fixAt: fix.fixAt,
    searchDefault: options.searchDefault !== false,
  };
}
