import { ThresholdsMode, type ThresholdsConfig } from '@grafana/data';
import type { CatalogueQuery } from '../queries';

/** Red above `badAbove` (or below `badBelow`), green otherwise; undefined when the seed gives no threshold. */
export function catalogueThresholds(query: CatalogueQuery): ThresholdsConfig | undefined {
  if (query.badAbove !== undefined) {
    return {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: query.badAbove, color: 'red' },
      ],
    };
  }
  if (query.badBelow !== undefined) {
    return {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'red' },
        { value: query.badBelow, color: 'green' },
      ],
    };
  }
  return undefined;
}
