import type { ProxyId, ProxyProfile } from './proxyProfiles';

// The row groups of the Stream 2 dashboard, in the seed's order, plus impact-only and fix-validation inputs.
export type RowId =
  | 'errors'
  | 'closeWait'
  | 'pool'
  | 'loadBalancer'
  | 'database'
  | 'latency'
  | 'timeouts'
  | 'keepalive'
  | 'tcp'
  | 'impact'
  | 'validation';

export type Visual = 'timeseries' | 'table' | 'bargauge';

export interface CatalogueQuery {
  /** Stable id: panels, dashboards, rules and tests refer to a query by it. */
  id: string;
  row: RowId;
  title: string;
  /** What the signal means, what value is bad, what to check next. */
  description: string;
  /** Grafana unit id. */
  unit: string;
  /** PromQL with Grafana variables (`${label}`, `${service}`, `$__rate_interval`, `$__range`). */
  expr: string;
  legend: string;
  visual: Visual;
  /** Instant queries answer "how much over the whole range" (tables, 30-day totals). */
  instant?: boolean;
  /** Metric names read, so a missing metric can be named. */
  metrics: string[];
  /** Which exporter, collector or flag provides the metrics. */
  provider: string;
  /** Value at which the panel turns red (in the panel's unit). */
  badAbove?: number;
  /** Value below which the panel turns red (retry success). */
  badBelow?: number;
  /** The proxy this rendering reads; absent on queries that read no proxy (node_exporter, kube-state-metrics). */
  proxy?: ProxyId;
}

/** What differs between proxies: the PromQL and what it reads, and where the meaning shifts, the words. */
export interface ProxyVariant {
  expr: string;
  legend: string;
  metrics: string[];
  provider: string;
  title?: string;
  /** Replaces the entry's description where the proxy's signal means something else. */
  description?: string;
  /** Appended to the entry's description: what differs for this proxy. */
  note?: string;
}

export type EntryCommon = Omit<CatalogueQuery, 'expr' | 'legend' | 'metrics' | 'provider' | 'proxy'>;

/**
 * One catalogue entry: the same panel for every proxy. `build` writes the query from a proxy's profile (metric
 * names and labels in one place) and returns undefined when the proxy lacks a signal; `noEquivalent` says why.
 */
export interface CatalogueEntry extends EntryCommon {
  build: (proxy: ProxyProfile) => ProxyVariant | undefined;
  /** Proxy-independent entries (node_exporter, kube-state-metrics) read the same metrics whatever the proxy. */
  proxyIndependent?: boolean;
  noEquivalent?: Partial<Record<ProxyId, string>>;
}

export interface RowDefinition {
  id: RowId;
  title: string;
}
