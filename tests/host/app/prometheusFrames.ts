import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';

export interface PromSeries {
  metric: Record<string, string>;
  values?: Array<[number, string]>;
  value?: [number, string];
}

export interface FrameTarget {
  refId: string;
  legendFormat?: string;
  format?: string;
}

// Prometheus encodes special floats as strings; "+Inf" is not something parseFloat understands.
export function parsePromValue(value: string): number {
  if (value === '+Inf' || value === 'Inf') {
    return Infinity;
  }
  if (value === '-Inf') {
    return -Infinity;
  }
  return parseFloat(value);
}

export function legendFor(metric: Record<string, string>, legendFormat?: string): string {
  if (legendFormat && legendFormat !== '__auto') {
    return legendFormat.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => metric[name] ?? '');
  }
  const { __name__: name = '', ...labels } = metric;
  const pairs = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  return `${name}{${pairs.join(', ')}}`;
}

function seriesFrame(series: PromSeries, target: FrameTarget): DataFrame {
  const samples = series.values ?? (series.value ? [series.value] : []);
  const name = legendFor(series.metric, target.legendFormat);
  return createDataFrame({
    refId: target.refId,
    name,
    fields: [
      { name: 'Time', type: FieldType.time, values: samples.map(([t]) => t * 1000) },
      {
        name: 'Value',
        type: FieldType.number,
        values: samples.map(([, v]) => parsePromValue(v)),
        labels: series.metric,
        config: { displayNameFromDS: name },
      },
    ],
  });
}

// Grafana's Prometheus "table" format: one frame, one row per series, one column per label.
function tableFrame(result: PromSeries[], target: FrameTarget): DataFrame {
  const labelNames = [...new Set(result.flatMap((s) => Object.keys(s.metric)))].filter((l) => l !== '__name__').sort();
  return createDataFrame({
    refId: target.refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: result.map((s) => (s.value?.[0] ?? 0) * 1000) },
      ...labelNames.map((label) => ({
        name: label,
        type: FieldType.string,
        values: result.map((s) => s.metric[label] ?? ''),
      })),
      {
        name: `Value #${target.refId}`,
        type: FieldType.number,
        values: result.map((s) => parsePromValue(s.value?.[1] ?? 'NaN')),
      },
    ],
  });
}

/** Turns a Prometheus matrix or vector result into the data frames Grafana's Prometheus datasource returns. */
export function framesFromResult(result: PromSeries[], target: FrameTarget): DataFrame[] {
  if (target.format === 'table') {
    return result.length ? [tableFrame(result, target)] : [];
  }
  return result.map((series) => seriesFrame(series, target));
}
