import type { ServiceValue } from './retryFigures';
import { HOPS, HOP_LABELS, type Hop, type TimeoutSettings } from './timeoutSettings';

/** p99 above this share of a timeout leaves too little headroom: a slow minute turns into timeouts. */
export const BUDGET_EATEN_SHARE = 0.8;

export type TimeoutFindingKind = 'notLongerThanDependency' | 'p999ReachesTimeout' | 'p99EatsBudget';

export interface TimeoutFinding {
  kind: TimeoutFindingKind;
  hop: Hop;
  /** What is wrong and what to change it to, in a sentence. */
  message: string;
}

export interface TimeoutBudget {
  service: string;
  /** The hop's timeout in ms (the service's setting, else the fleet default); null when neither is set. */
  timeoutsMs: Record<Hop, number | null>;
  /** Measured upstream response time behind the proxy route (the backend), ms. */
  p99Ms: number | null;
  p999Ms: number | null;
  findings: TimeoutFinding[];
  unavailable: Partial<Record<Hop | 'p99Ms' | 'p999Ms', string>>;
}

const seconds = (ms: number) => `${Number((ms / 1000).toPrecision(3))} s`;

// Seed 001: each component's timeout must be longer than all of its upstream dependencies'.
function orderFindings(t: Record<Hop, number | null>): TimeoutFinding[] {
  const set = HOPS.filter((h) => t[h] !== null);
  const findings: TimeoutFinding[] = [];
  for (let i = 0; i + 1 < set.length; i++) {
    const [outer, inner] = [set[i], set[i + 1]];
    const [o, n] = [t[outer] as number, t[inner] as number];
    if (o <= n) {
      findings.push({
        kind: 'notLongerThanDependency',
        hop: outer,
        message: `The ${HOP_LABELS[outer]} (${seconds(o)}) is not longer than the ${HOP_LABELS[inner]} behind it (${seconds(n)}): it gives up first and answers 504, hiding the real failure. Lengthen it above ${seconds(n)} or shorten the ${HOP_LABELS[inner]} below ${seconds(o)}.`,
      });
    }
  }
  return findings;
}

// The proxy measures the backend's response time; the edge waits for at least as long.
function latencyFindings(hop: Hop, timeout: number, p99: number | null, p999: number | null): TimeoutFinding[] {
  if (p999 !== null && p999 >= timeout) {
    return [
      {
        kind: 'p999ReachesTimeout',
        hop,
        message: `Measured p999 ${seconds(p999)} reaches the ${HOP_LABELS[hop]} (${seconds(timeout)}): the slowest 0.1% of requests time out. Find what makes them slow before raising the timeout.`,
      },
    ];
  }
  if (p99 !== null && p99 >= BUDGET_EATEN_SHARE * timeout) {
    return [
      {
        kind: 'p99EatsBudget',
        hop,
        message: `Measured p99 ${seconds(p99)} already uses ${Math.round((p99 / timeout) * 100)}% of the ${HOP_LABELS[hop]} (${seconds(timeout)}): a slow minute turns into timeouts.`,
      },
    ];
  }
  return [];
}

function lookup(values: ServiceValue[]): Map<string, number | null> {
  return new Map(values.map((v) => [v.service, v.value !== null && Number.isFinite(v.value) ? v.value : null]));
}

/**
 * Per service: each hop's timeout (setting, else fleet default) against its dependency's and against the measured
 * p99/p999 behind the proxy. Services are those measured plus those with their own settings; linear in services.
 */
export function timeoutBudgets(settings: TimeoutSettings, p99: ServiceValue[], p999: ServiceValue[]): TimeoutBudget[] {
  const p99By = lookup(p99);
  const p999By = lookup(p999);
  const services = [...new Set([...p99By.keys(), ...p999By.keys(), ...Object.keys(settings.services)])].sort();
  return services.map((service) => {
    const own = settings.services[service] ?? {};
    const unavailable: TimeoutBudget['unavailable'] = {};
    const timeoutsMs = Object.fromEntries(
      HOPS.map((h) => {
        const ms = own[h] ?? settings.fleet[h] ?? null;
        if (ms === null) {
          unavailable[h] = 'not set for this service nor as a fleet default';
        }
        return [h, ms];
      })
    ) as Record<Hop, number | null>;
    const [q99, q999] = [p99By.get(service) ?? null, p999By.get(service) ?? null];
    if (q99 === null) {
      unavailable.p99Ms = 'no latency histogram data for this service in the range';
    }
    if (q999 === null) {
      unavailable.p999Ms = 'no latency histogram data for this service in the range';
    }
    const measuredHops: Hop[] = ['edge', 'route'];
    const findings = [
      ...orderFindings(timeoutsMs),
      ...measuredHops.flatMap((h) => (timeoutsMs[h] === null ? [] : latencyFindings(h, timeoutsMs[h], q99, q999))),
    ];
    return { service, timeoutsMs, p99Ms: q99, p999Ms: q999, findings, unavailable };
  });
}
