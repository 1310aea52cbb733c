import { FieldType, type DataFrame } from '@grafana/data';

/**
 * What Grafana's time series panel does before drawing (its prepareGraphableFields lives in Grafana's core, not on
 * npm; this is the host's reduced copy): keep frames with a time and a number field, and turn NaN/±Inf into gaps.
 * Null when nothing is graphable, so the panel shows its "no value" message instead.
 */
export function graphableFrames(frames: DataFrame[]): DataFrame[] | null {
  const graphable = frames
    .filter((frame) => frame.fields.some((f) => f.type === FieldType.time))
    .map((frame) => ({
      ...frame,
      fields: frame.fields
        .filter((f) => f.type === FieldType.time || f.type === FieldType.number)
        .map((f) =>
          f.type === FieldType.number
            ? { ...f, values: f.values.map((v: number | null) => (v != null && Number.isFinite(v) ? v : null)) }
            : f
        ),
    }))
    .filter((frame) => frame.fields.some((f) => f.type === FieldType.number));
  return graphable.length > 0 ? graphable : null;
}
