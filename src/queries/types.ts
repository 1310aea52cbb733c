// The seven row groups of the Stream 2 dashboard, in the seed's order, plus impact-only and fix-validation inputs.
export type RowId =
  'errors' | 'closeWait' | 'pool' | 'latency' | 'timeouts' | 'keepalive' | 'tcp' | 'impact' | 'validation';

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
}

export interface RowDefinition {
  id: RowId;
  title: string;
}
