import type { CatalogueQuery } from '../queries';

/** What an empty panel says instead of a bare "No data": which metric, and who exports it. */
export function missingMetricText(query: CatalogueQuery): string {
  const metrics = query.metrics.join(', ');
  return `No data for ${metrics} in this range. If it never appears, it is not scraped: it comes from ${query.provider}.`;
}
