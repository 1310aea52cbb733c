import type { ProxyMetric, ProxyProfile } from './proxyProfiles';
import { serviceLegend } from './proxySelectors';
import type { CatalogueEntry, CatalogueQuery, EntryCommon, ProxyVariant } from './types';

/** A proxy's rendering of an entry: the expression, the metrics it reads (named once) and who provides them. */
export function variant(
  p: ProxyProfile,
  expr: string,
  reads: Array<ProxyMetric | string>,
  extra: Partial<Omit<ProxyVariant, 'expr' | 'metrics'>> = {}
): ProxyVariant {
  const metrics = reads.map((r) => (typeof r === 'string' ? r : r.metric));
  const provider = reads.map((r) => (typeof r === 'string' ? undefined : r.provider)).find(Boolean) ?? p.provider;
  return { legend: serviceLegend(p), provider, ...extra, expr, metrics: [...new Set(metrics)] };
}

/** An entry that reads the same metrics whatever the proxy (node_exporter, kube-state-metrics, ingress-nginx). */
export function proxyIndependent(query: CatalogueQuery): CatalogueEntry {
  const { expr, legend, metrics, provider, proxy: _proxy, ...common } = query;
  return { ...common, proxyIndependent: true, build: () => ({ expr, legend, metrics, provider }) };
}

/** An entry written once against the proxy profiles. */
export function perProxy(
  common: EntryCommon,
  build: CatalogueEntry['build'],
  noEquivalent?: CatalogueEntry['noEquivalent']
): CatalogueEntry {
  return { ...common, build, ...(noEquivalent ? { noEquivalent } : {}) };
}
