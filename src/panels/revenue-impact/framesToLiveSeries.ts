import { FieldType, type DataFrame, type Field } from '@grafana/data';
import { NO_SERVICE_LABEL, type InputSeries, type LiveSeries, type SampleValue } from '../../impact';
import { REVENUE_PANEL_TARGETS } from '../../queries/revenuePanelTargets';
import { revenueInputOf } from '../../queries/revenuePanelProxyTargets';

// A sum-by-service query has one label; no label at all means the service label is absent from the data.
function seriesName(frame: DataFrame, field: Field): string {
  const labels = Object.values(field.labels ?? {});
  if (labels.length === 1) {
    return labels[0];
  }
  if (labels.length === 0) {
    return NO_SERVICE_LABEL;
  }
  return field.config.displayNameFromDS ?? frame.name ?? labels.join(',');
}

// The frame's own columns, not a [time, value] pair per sample: 500 services × 30 days stay in memory once.
export function frameSeries(frame: DataFrame): InputSeries[] {
  const time = frame.fields.find((f) => f.type === FieldType.time);
  if (!time) {
    return [];
  }
  return frame.fields
    .filter((f) => f.type === FieldType.number)
    .map((field) => ({
      service: seriesName(frame, field),
      times: time.values as number[],
      values: field.values as SampleValue[],
    }));
}

/** Query results by refId (REVENUE_PANEL_TARGETS, any proxy's) → the engine's plain series; unknown refIds are ignored. */
export function framesToLiveSeries(frames: DataFrame[]): LiveSeries {
  const series = Object.fromEntries(
    REVENUE_PANEL_TARGETS.map((t) => [t.refId, [] as InputSeries[]])
  ) as unknown as LiveSeries;
  for (const frame of frames) {
    const input = revenueInputOf(frame.refId);
    if (input) {
      (series[input] ??= []).push(...frameSeries(frame));
    }
  }
  return series;
}
