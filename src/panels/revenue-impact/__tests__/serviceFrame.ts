import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';

export const MINUTE = 60_000;

/** A query result as the ROI panel receives it: one frame per service, a sample a minute from t0. */
export function serviceFrame(
  refId: string,
  service: string,
  minutes: number,
  t0: number,
  value: (minute: number) => number | null
): DataFrame {
  const times = Array.from({ length: minutes }, (_, m) => t0 + m * MINUTE);
  return createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      { name: 'Value', type: FieldType.number, values: times.map((_, m) => value(m)), labels: { source: service } },
    ],
  });
}
