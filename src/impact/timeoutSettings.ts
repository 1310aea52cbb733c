// Per-hop timeouts are configuration, not metrics: an organisation setting per service with a fleet default.
export const HOPS = ['edge', 'route', 'backendClient'] as const;
export type Hop = (typeof HOPS)[number];

/** The hops, and the proxy's idle timeout for kept-alive upstream connections (the keep-alive race detector). */
export const TIMEOUT_FIELDS = [...HOPS, 'proxyIdle'] as const;
export type TimeoutField = (typeof TIMEOUT_FIELDS)[number];

/** Milliseconds per field; a field left out is not set. */
export type HopTimeouts = Partial<Record<TimeoutField, number>>;

/** The settings as stored and typed (jsonData.timeouts, `--timeouts FILE`): durations as strings. */
export interface TimeoutsJson {
  fleet?: Partial<Record<TimeoutField, string>>;
  services?: Record<string, Partial<Record<TimeoutField, string>>>;
}

export interface TimeoutSettings {
  fleet: HopTimeouts;
  services: Record<string, HopTimeouts>;
}

export const HOP_LABELS: Record<TimeoutField, string> = {
  edge: 'edge (ingress) timeout',
  route: 'proxy route timeout',
  backendClient: 'backend client timeout',
  proxyIdle: 'proxy idle timeout (upstream connectionIdleTimeout)',
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(-?\d+(?:\.\d+)?)(ms|s|m|h)$/;
const MAX_MS = 24 * 3_600_000;

/** A duration's milliseconds, or the reason it is not a usable timeout (zero, negative, no unit, absurd). */
export function parseTimeout(raw: unknown): number | string {
  if (typeof raw !== 'string') {
    return `${JSON.stringify(raw)} is not a duration: give a string with ms, s, m or h, such as "15s"`;
  }
  const match = DURATION.exec(raw.trim());
  if (!match) {
    return `${JSON.stringify(raw)} is not a duration: use a number with ms, s, m or h, such as "15s" or "1500ms"`;
  }
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  if (ms < 0) {
    return `${raw} is negative: a timeout is a positive duration`;
  }
  if (ms === 0) {
    return `${raw} is zero: Envoy reads 0 as "no timeout"; give the real one`;
  }
  return ms > MAX_MS ? `${raw} is longer than a day: check the unit` : ms;
}

function hopsOf(raw: unknown, field: string, errors: string[]): HopTimeouts {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${field} must be an object with some of ${TIMEOUT_FIELDS.join(', ')}`);
    return {};
  }
  const hops: HopTimeouts = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(TIMEOUT_FIELDS as readonly string[]).includes(key)) {
      errors.push(`${field}.${key} is not a hop (expected one of ${TIMEOUT_FIELDS.join(', ')})`);
      continue;
    }
    const ms = parseTimeout(value);
    if (typeof ms === 'string') {
      errors.push(`${field}.${key}: ${ms}`);
    } else {
      hops[key as TimeoutField] = ms;
    }
  }
  return hops;
}

/** Settings from JSON (`{fleet: {edge: "60s", …}, services: {name: {route: "30s"}}}`), or every field-named error. */
export function readTimeoutSettings(raw: unknown): { settings: TimeoutSettings; errors: string[] } {
  const errors: string[] = [];
  const settings: TimeoutSettings = { fleet: {}, services: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings, errors: ['timeouts must be a JSON object with "fleet" and/or "services"'] };
  }
  for (const key of Object.keys(raw).filter((k) => k !== 'fleet' && k !== 'services')) {
    errors.push(`timeouts.${key} is not a field (expected fleet, services)`);
  }
  const { fleet, services } = raw as { fleet?: unknown; services?: unknown };
  if (fleet !== undefined) {
    settings.fleet = hopsOf(fleet, 'timeouts.fleet', errors);
  }
  if (services !== undefined) {
    const all = services;
    if (typeof all !== 'object' || all === null || Array.isArray(all)) {
      errors.push('timeouts.services must be an object of service name → hops');
    } else {
      for (const [name, hops] of Object.entries(all)) {
        settings.services[name] = hopsOf(hops, `timeouts.services[${JSON.stringify(name)}]`, errors);
      }
    }
  }
  return { settings, errors };
}
