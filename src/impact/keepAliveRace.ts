import type { ServiceValue } from './retryFigures';
import type { TimeoutSettings } from './timeoutSettings';

/** Above this share of closes by the backend, the backend is the side that closes idle connections first. */
export const BACKEND_CLOSES_FIRST_SHARE = 0.5;

export type KeepAliveInput = 'proxyIdleMs' | 'lifetimeP05Ms' | 'lifetimeP50Ms' | 'remoteCloseShare';

export interface KeepAliveRace {
  service: string;
  /** The proxy's idle timeout for upstream connections (setting, else fleet default). */
  proxyIdleMs: number | null;
  lifetimeP05Ms: number | null;
  lifetimeP50Ms: number | null;
  /** Remote closes ÷ all closes over the range. */
  remoteCloseShare: number | null;
  /** True: the proxy keeps idle connections longer than the backend does; null when an input is missing. */
  race: boolean | null;
  /** Where the race is: which side to shorten, and to what. */
  advice?: string;
  /** A suggested proxy idle timeout, ms: the p5 lifetime rounded down. */
  suggestedProxyIdleMs?: number;
  unavailable: Partial<Record<KeepAliveInput | 'race', string>>;
}

const REASONS: Record<KeepAliveInput, string> = {
  proxyIdleMs: 'proxy idle timeout not set for this service nor as a fleet default (the proxyIdle setting)',
  lifetimeP05Ms: 'no connection-lifetime histogram buckets (envoy_cluster_upstream_cx_length_ms) for this service',
  lifetimeP50Ms: 'no connection-lifetime histogram buckets (envoy_cluster_upstream_cx_length_ms) for this service',
  remoteCloseShare: 'too few connection closes in the range for a share (or the close counters are not scraped)',
};

const seconds = (ms: number) => `${Number((ms / 1000).toPrecision(3))} s`;
const finite = (v: number | null | undefined) => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

function lookup(values: ServiceValue[]): Map<string, number | null> {
  return new Map(values.map((v) => [v.service, finite(v.value)]));
}

/** A whole number of seconds below the p5 lifetime (100 ms steps under a second): short enough to close first. */
function suggestion(p05: number): number {
  return p05 >= 1000 ? Math.floor(p05 / 1000) * 1000 : Math.max(100, Math.floor(p05 / 100) * 100);
}

function verdict(
  row: Omit<KeepAliveRace, 'race' | 'unavailable'>
): Pick<KeepAliveRace, 'race' | 'advice' | 'suggestedProxyIdleMs'> {
  const {
    proxyIdleMs: idle,
    lifetimeP05Ms: p05,
    lifetimeP50Ms: p50,
    remoteCloseShare: share,
  } = row as Record<KeepAliveInput, number>;
  if (share <= BACKEND_CLOSES_FIRST_SHARE || p50 >= idle) {
    return { race: false };
  }
  const target = suggestion(p05);
  return {
    race: true,
    suggestedProxyIdleMs: target,
    advice: `The backend closes idle connections at or below ~${seconds(p50)} (median connection lifetime; ${Math.round(share * 100)}% of closes are the backend's), while the proxy keeps them for ${seconds(idle)}. Shorten the proxy idle timeout to ${seconds(target)} or less, or raise the backend's keep-alive timeout above ${seconds(idle)}.`,
  };
}

/**
 * The keep-alive race per service: remote closes dominate and connections die before the proxy's idle timeout, so the
 * proxy may reuse a connection the backend is closing (remote close with active request, rx_reset). Linear in services.
 */
export function keepAliveRaces(
  settings: TimeoutSettings,
  p05: ServiceValue[],
  p50: ServiceValue[],
  remoteShare: ServiceValue[]
): KeepAliveRace[] {
  const by = { lifetimeP05Ms: lookup(p05), lifetimeP50Ms: lookup(p50), remoteCloseShare: lookup(remoteShare) };
  const services = [...new Set([...by.lifetimeP50Ms.keys(), ...by.remoteCloseShare.keys()])].sort();
  return services.map((service) => {
    const inputs: Record<KeepAliveInput, number | null> = {
      proxyIdleMs: settings.services[service]?.proxyIdle ?? settings.fleet.proxyIdle ?? null,
      lifetimeP05Ms: by.lifetimeP05Ms.get(service) ?? null,
      lifetimeP50Ms: by.lifetimeP50Ms.get(service) ?? null,
      remoteCloseShare: by.remoteCloseShare.get(service) ?? null,
    };
    const missing = (Object.keys(inputs) as KeepAliveInput[]).filter((k) => inputs[k] === null);
    const unavailable: KeepAliveRace['unavailable'] = Object.fromEntries(missing.map((k) => [k, REASONS[k]]));
    const row = { service, ...inputs };
    if (missing.length) {
      return { ...row, race: null, unavailable: { ...unavailable, race: REASONS[missing[0]] } };
    }
    return { ...row, ...verdict(row), unavailable };
  });
}
