import { FieldType, type DataFrame, type TimeRange } from '@grafana/data';
import type { ServiceSeries } from '../impact';
import type { Deployment } from '../fixValidation/types';

function numberFields(frames: DataFrame[], refId: string) {
  return frames
    .filter((frame) => frame.refId === refId)
    .flatMap((frame) => {
      const time = frame.fields.find((f) => f.type === FieldType.time);
      return frame.fields.filter((f) => f.type === FieldType.number).map((field) => ({ time, field }));
    });
}

/** Series of one refId keyed by a label (namespace for restarts), in the engine's plain shape. */
export function seriesByLabel(frames: DataFrame[], refId: string, label: string): ServiceSeries[] {
  return numberFields(frames, refId).map(({ time, field }) => ({
    service: field.labels?.[label] ?? '',
    samples: field.values.map((v, i) => [Number(time?.values[i]), v as number | null] as [number, number | null]),
  }));
}

/** deploymentRollouts (an instant query, one series per ReplicaSet valued at its creation) → rollouts in the range. */
export function rolloutsInRange(frames: DataFrame[], refId: string, range: TimeRange): Deployment[] {
  const from = range.from.valueOf();
  const to = range.to.valueOf();
  return numberFields(frames, refId)
    .map(({ field }) => ({
      namespace: field.labels?.namespace ?? '',
      deployment: field.labels?.owner_name ?? '',
      at: Number(field.values[field.values.length - 1]) * 1000,
    }))
    .filter((d) => Number.isFinite(d.at) && d.at >= from && d.at <= to)
    .sort((a, b) => a.at - b.at);
}
