import { VAR_SERVICE_EXPR } from '../constants';
import type { ProxyMetric, ProxyProfile } from './proxyProfiles';
import { RATE_INTERVAL, matchers, rate, sumBy } from './selectors';

// The catalogue's building blocks with the proxy as a parameter: for Envoy they write exactly what selectors.ts writes.
export function serviceMatcherOf(p: ProxyProfile): string {
  return `${p.serviceLabel}=~"${VAR_SERVICE_EXPR}"`;
}

/** The selector of one signal for the chosen services: `{<signal matcher>, <service>=~"${service}"}`. */
export function signalSelector(p: ProxyProfile, m: ProxyMetric): string {
  return matchers(m.matcher ?? '', serviceMatcherOf(p));
}

/** Service and host labels where the proxy names hosts (HAProxy: proxy, server); the service label otherwise. */
export function byHostOf(p: ProxyProfile): string {
  return p.hostLabel ? `${p.serviceLabel}, ${p.hostLabel}` : p.serviceLabel;
}

export function serviceLegend(p: ProxyProfile): string {
  return `{{${p.serviceLabel}}}`;
}

export function hostLegend(p: ProxyProfile): string {
  return p.hostLabel ? `{{${p.serviceLabel}}}/{{${p.hostLabel}}}` : serviceLegend(p);
}

export function signalRate(p: ProxyProfile, m: ProxyMetric, window = RATE_INTERVAL, by = p.serviceLabel): string {
  return sumBy(by, rate(m.metric, signalSelector(p, m), window));
}

export function signalIncrease(p: ProxyProfile, m: ProxyMetric, window = RATE_INTERVAL, by = p.serviceLabel): string {
  return sumBy(by, `increase(${m.metric}${signalSelector(p, m)}[${window}])`);
}

export function signalGauge(p: ProxyProfile, m: ProxyMetric, by = p.serviceLabel): string {
  return sumBy(by, `${m.metric}${signalSelector(p, m)}`);
}

/** numerator ÷ denominator per service, kept only where the denominator clears the volume guard. */
export function guardedRatio(p: ProxyProfile, numerator: string, denominator: string, minPerSecond: number): string {
  return `(${numerator} / ${denominator}) and on (${p.serviceLabel}) (${denominator} > ${minPerSecond})`;
}

/** Several series in one panel, each tagged `<label>="<value>"` (e.g. an ejection reason). */
export function tagged(label: string, parts: Array<{ value: string; expr: string }>): string {
  return parts.map((part) => `label_replace(${part.expr}, "${label}", "${part.value}", "", "")`).join(' or ');
}

export function signalQuantile(p: ProxyProfile, quantile: number, histogram: string, window = RATE_INTERVAL): string {
  const bucket = `${histogram}_bucket`;
  return `histogram_quantile(${quantile}, ${sumBy(`le, ${p.serviceLabel}`, rate(bucket, matchers(serviceMatcherOf(p)), window))})`;
}

export function signalAverage(p: ProxyProfile, m: ProxyMetric): string {
  return `avg by (${p.serviceLabel}) (${m.metric}${signalSelector(p, m)})`;
}
