import type { CatalogueQuery } from '../queries';

export interface MetricPresence {
  /** Metrics of the query that the datasource does not have in the selected range. */
  absent: string[];
}

/**
 * What an empty panel says instead of a bare "No data". Without presence information (JSON dashboards)
 * it names the metric and its exporter; with it, it says whether the metric is missing or just unmatched.
 */
export function missingMetricText(query: CatalogueQuery, presence?: MetricPresence): string {
  const metrics = query.metrics.join(', ');
  if (!presence) {
    return `No data for ${metrics} in this range. If it never appears, it is not scraped: it comes from ${query.provider}.`;
  }
  if (presence.absent.length > 0) {
    return `Not scraped: ${presence.absent.join(', ')} is not in this datasource for this range. It comes from ${query.provider}.`;
  }
  const guard = query.unit === 'percentunit' ? ', or traffic stayed under the volume guard' : '';
  return `No data for the selected filters and range: ${metrics} is scraped here, but nothing matched${guard}.`;
}
