import { ThresholdsMode, type ThresholdsConfig } from '@grafana/data';
import type { CatalogueQuery } from '../queries';
import { catalogueThresholdSteps } from './thresholdSteps';

/** The catalogue's thresholds for a Scenes panel, whose base step is -Infinity rather than null. */
export function catalogueThresholds(query: CatalogueQuery): ThresholdsConfig | undefined {
  const steps = catalogueThresholdSteps(query);
  if (!steps) {
    return undefined;
  }
  return {
    mode: ThresholdsMode.Absolute,
    steps: steps.map((step) => ({ color: step.color, value: step.value ?? -Infinity })),
  };
}
