import type { CatalogueQuery } from '../queries';

export interface ThresholdStep {
  /** null is the base step, as Grafana stores it in dashboard JSON. */
  value: number | null;
  color: 'green' | 'red';
}

/** Red above `badAbove` (or below `badBelow`), green otherwise; undefined when the seed gives no threshold. */
export function catalogueThresholdSteps(query: CatalogueQuery): ThresholdStep[] | undefined {
  if (query.badAbove !== undefined) {
    return [
      { value: null, color: 'green' },
      { value: query.badAbove, color: 'red' },
    ];
  }
  if (query.badBelow !== undefined) {
    return [
      { value: null, color: 'red' },
      { value: query.badBelow, color: 'green' },
    ];
  }
  return undefined;
}
