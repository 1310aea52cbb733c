import type { CatalogueQuery } from '../queries';

export interface CatalogueTarget {
  refId: string;
  expr: string;
  legendFormat: string;
  instant: boolean;
  range: boolean;
  format: 'table' | 'time_series';
}

// Tables want one row per series; graphs and bar gauges want one named series each.
export function catalogueTarget(query: CatalogueQuery, refId = 'A'): CatalogueTarget {
  return {
    refId,
    expr: query.expr,
    legendFormat: query.legend,
    instant: Boolean(query.instant),
    range: !query.instant,
    format: query.visual === 'table' ? 'table' : 'time_series',
  };
}
