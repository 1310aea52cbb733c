import { FieldType, type DataFrame, type Field } from '@grafana/data';
import type { LiveSeries, ServiceSeries } from '../../impact';
import { REVENUE_PANEL_TARGETS } from '../../queries/revenuePanelTargets';
import { revenueInputOf } from '../../queries/revenuePanelProxyTargets';

// A sum-by-service query has one label; otherwise fall back to what the datasource named the series.
function seriesName(frame: DataFrame, field: Field): string {
  const labels = Object.values(field.labels ?? {});
  if (labels.length === 1) {
    return labels[0];
  }
  return field.config.displayNameFromDS ?? frame.name ?? (labels.join(',') || field.name);
}

function frameSeries(frame: DataFrame): ServiceSeries[] {
  const time = frame.fields.find((f) => f.type === FieldType.time);
  if (!time) {
    return [];
  }
  return frame.fields
    .filter((f) => f.type === FieldType.number)
    .map((field) => ({
      service: seriesName(frame, field),
      samples: field.values.map(
        (v, i) => [Number(time.values[i]), v as number | string | null] as [number, number | string | null]
      ),
    }));
}

/** Query results by refId (REVENUE_PANEL_TARGETS, any proxy's) → the engine's plain series; unknown refIds are ignored. */
export function framesToLiveSeries(frames: DataFrame[]): LiveSeries {
  const series = Object.fromEntries(
    REVENUE_PANEL_TARGETS.map((t) => [t.refId, [] as ServiceSeries[]])
  ) as unknown as LiveSeries;
  for (const frame of frames) {
    const input = revenueInputOf(frame.refId);
    if (input) {
      series[input].push(...frameSeries(frame));
    }
  }
  return series;
}
