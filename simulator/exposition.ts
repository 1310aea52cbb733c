import { labelText } from './openMetrics';
import type { SeriesSpec } from './series';

/** Prometheus text format 0.0.4 of the current values, one TYPE line per family. */
export function exposition(specs: SeriesSpec[], values: Float64Array): string {
  const lines: string[] = [];
  let family = '';
  specs.forEach((spec, k) => {
    if (spec.family !== family) {
      family = spec.family;
      lines.push(`# TYPE ${spec.familyType === 'histogram' ? spec.family : spec.name} ${spec.familyType}`);
    }
    if (!Number.isNaN(values[k])) {
      lines.push(`${spec.name}${labelText(spec.labels)} ${values[k]}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
