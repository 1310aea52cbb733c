import type { DataFrame } from '@grafana/data';
import type { ServiceValue } from '../../impact';

const NOT_THE_SERVICE = new Set(['__name__', 'quantile']);

/**
 * An instant query's frames (one per series, the service label plus perhaps a tag) → one value per service.
 * With a tag, only the series whose tag label has that value.
 */
export function serviceValues(
  frames: DataFrame[],
  refId: string,
  tag?: { label: string; value: string }
): ServiceValue[] {
  const out: ServiceValue[] = [];
  for (const frame of frames.filter((f) => f.refId === refId)) {
    for (const field of frame.fields.filter((f) => f.type === 'number')) {
      const labels = field.labels ?? {};
      if (tag && labels[tag.label] !== tag.value) {
        continue;
      }
      const service = Object.entries(labels).find(([name]) => !NOT_THE_SERVICE.has(name) && name !== tag?.label)?.[1];
      const last = field.values[field.values.length - 1];
      if (service !== undefined) {
        out.push({ service, value: typeof last === 'number' && Number.isFinite(last) ? last : null });
      }
    }
  }
  return out;
}
