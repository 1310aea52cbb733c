import React from 'react';
import { css } from '@emotion/css';
import {
  FieldType,
  PanelPlugin,
  PluginType,
  formattedValueToString,
  getValueFormat,
  type DataFrame,
  type GrafanaTheme2,
  type PanelPluginMeta,
  type PanelProps,
} from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { standInMeta } from './standInMeta';

// Grafana's core panels are not published on npm: these draw the same data plainly so tests can read it.
const LEGEND_HEIGHT = 44;

export const STAND_IN_PANEL_IDS = ['timeseries', 'table', 'bargauge', 'stat', 'text'];

interface NumericSeries {
  name: string;
  times: number[];
  values: number[];
}

function numericSeries(frames: DataFrame[]): NumericSeries[] {
  return frames.flatMap((frame) => {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    return frame.fields
      .filter((f) => f.type === FieldType.number)
      .map((field) => ({
        name: field.config.displayNameFromDS ?? frame.name ?? field.name,
        times: (time?.values ?? []) as number[],
        values: field.values as number[],
      }));
  });
}

function format(value: number, unit?: string): string {
  return Number.isFinite(value) ? formattedValueToString(getValueFormat(unit ?? 'short')(value)) : String(value);
}

// A gap (NaN, null, ±Inf) breaks the line instead of joining its neighbours, as Grafana's graph does.
function linePath(s: NumericSeries, x: (t: number) => number, y: (v: number) => number): string {
  let moved = false;
  return s.values
    .map((v, j) => {
      if (!Number.isFinite(v)) {
        moved = false;
        return '';
      }
      const command = moved ? 'L' : 'M';
      moved = true;
      return `${command}${x(s.times[j]).toFixed(1)},${y(v).toFixed(1)}`;
    })
    .join('');
}

function Lines({ series, width, height }: { series: NumericSeries[]; width: number; height: number }) {
  const theme = useTheme2();
  const finite = series.flatMap((s) => s.values.filter(Number.isFinite));
  const times = series.flatMap((s) => s.times);
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  const [minV, maxV] = [Math.min(0, ...finite), Math.max(...finite, 1e-9)];
  const x = (t: number) => ((t - minT) / Math.max(1, maxT - minT)) * width;
  const y = (v: number) => height - ((v - minV) / (maxV - minV)) * height;
  return (
    <svg width={width} height={height} role="img" aria-label="series">
      {series.map((s, i) => (
        <path
          key={s.name + i}
          fill="none"
          strokeWidth={1.5}
          stroke={theme.visualization.getColorByName(
            theme.visualization.palette[i % theme.visualization.palette.length]
          )}
          d={linePath(s, x, y)}
        />
      ))}
    </svg>
  );
}

function Table({ frame, unit }: { frame: DataFrame; unit?: string }) {
  const fields = frame.fields.filter((f) => f.type !== FieldType.time);
  return (
    <table>
      <thead>
        <tr>
          {fields.map((f) => (
            <th key={f.name}>{f.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: frame.length }, (_, row) => (
          <tr key={row}>
            {fields.map((f) => (
              <td key={f.name}>{f.type === FieldType.number ? format(f.values[row], unit) : String(f.values[row])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Bars({ series, unit }: { series: NumericSeries[]; unit?: string }) {
  const styles = useStyles2(getStyles);
  const last = series.map((s) => ({ name: s.name, value: s.values[s.values.length - 1] ?? NaN }));
  const max = Math.max(...last.map((b) => b.value).filter(Number.isFinite), 1e-9);
  return (
    <div>
      {last.map((bar) => (
        <div key={bar.name} className={styles.bar}>
          <span>{bar.name}</span>
          <span className={styles.fill} style={{ width: `${Math.max(0, (bar.value / max) * 60)}%` }} />
          <span>{format(bar.value, unit)}</span>
        </div>
      ))}
    </div>
  );
}

function makeStandIn(kind: string) {
  return function StandInPanel({ data, width, height, fieldConfig, options }: PanelProps<{ content?: string }>) {
    const styles = useStyles2(getStyles);
    const unit = fieldConfig.defaults.unit;
    const series = numericSeries(data.series);
    const hasValues = series.some((s) => s.values.length > 0);
    let body: React.ReactNode;
    if (kind === 'text') {
      body = <div>{options.content}</div>;
    } else if (!hasValues) {
      body = <div className={styles.noValue}>{fieldConfig.defaults.noValue ?? 'No data'}</div>;
    } else if (kind === 'table') {
      body = data.series.map((frame, i) => <Table key={i} frame={frame} unit={unit} />);
    } else if (kind === 'bargauge' || kind === 'stat') {
      body = <Bars series={series} unit={unit} />;
    } else {
      // Prometheus does not promise an order of series: sorting keeps colours and screenshots stable.
      series.sort((a, b) => a.name.localeCompare(b.name));
      body = (
        <>
          <Lines series={series} width={Math.max(10, width - 8)} height={Math.max(10, height - LEGEND_HEIGHT)} />
          <ul className={styles.legend}>
            {series.map((s, i) => (
              <li key={s.name + i}>{s.name}</li>
            ))}
          </ul>
        </>
      );
    }
    return (
      <div className={styles.panel} data-stand-in={kind}>
        {body}
        <span className={styles.badge}>stand-in {kind}</span>
      </div>
    );
  };
}

export function standInPanelPlugin(id: string): PanelPlugin {
  // useFieldConfig() gives the standard options (unit, noValue, thresholds…) as Grafana's core panels have.
  const plugin = new PanelPlugin(makeStandIn(id)).useFieldConfig({});
  plugin.meta = { ...standInMeta(id, `${id} panel`, PluginType.panel), sort: 0 } as PanelPluginMeta;
  return plugin;
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ position: 'relative', height: '100%', overflow: 'auto', fontSize: theme.typography.bodySmall.fontSize }),
  noValue: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
  legend: css({
    margin: 0,
    paddingLeft: theme.spacing(2),
    display: 'flex',
    columnGap: theme.spacing(3),
    flexWrap: 'wrap',
    maxHeight: LEGEND_HEIGHT - 8,
    overflow: 'hidden',
    lineHeight: 1.4,
  }),
  bar: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center' }),
  fill: css({ display: 'inline-block', height: 10, background: theme.colors.primary.main }),
  badge: css({ position: 'absolute', right: 2, bottom: 0, opacity: 0.5, fontSize: 10 }),
});
