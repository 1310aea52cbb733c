import { PROXIES, type ProxyId } from './proxyProfiles';

/** The proxy whose response counter the datasource has (the first in PROXIES when both are); undefined when neither. */
export function detectProxy(metricNames: ReadonlySet<string>): ProxyId | undefined {
  return PROXIES.find((p) => metricNames.has(p.signals.responses.metric))?.id;
}
