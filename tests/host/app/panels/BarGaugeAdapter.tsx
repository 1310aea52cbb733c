import React from 'react';
import { ReducerID, getFieldDisplayValues, type FieldDisplay, type PanelProps } from '@grafana/data';
import { BarGaugeDisplayMode, VizOrientation } from '@grafana/schema';
import { BarGauge, VizRepeater, useTheme2 } from '@grafana/ui';

interface Options {
  displayMode?: BarGaugeDisplayMode;
  orientation?: VizOrientation;
  reduceOptions?: { calcs: string[]; values?: boolean; limit?: number; fields?: string };
}

// Grafana's bar gauge panel defaults (panelcfg + its reduce options) for what a panel leaves unset.
const DEFAULT_REDUCE = { calcs: [ReducerID.lastNotNull], values: false };

/** Grafana's core "bargauge" panel: getFieldDisplayValues (@grafana/data) per series, drawn by BarGauge. */
export function BarGaugeAdapter({
  data,
  width,
  height,
  options,
  fieldConfig,
  replaceVariables,
  timeZone,
  renderCounter,
}: PanelProps<Options>) {
  const theme = useTheme2();
  const displayMode = options.displayMode ?? BarGaugeDisplayMode.Gradient;
  const orientation = options.orientation ?? VizOrientation.Auto;
  const getValues = (): FieldDisplay[] =>
    getFieldDisplayValues({
      fieldConfig,
      reduceOptions: options.reduceOptions ?? DEFAULT_REDUCE,
      replaceVariables,
      theme,
      data: data.series,
      timeZone,
    });
  return (
    <VizRepeater
      source={data}
      getValues={getValues}
      renderValue={({ value, width: w, height: h }) => (
        <BarGauge
          value={value.display}
          field={value.field}
          width={w}
          height={h}
          orientation={orientation}
          displayMode={displayMode}
          theme={theme}
          itemSpacing={10}
        />
      )}
      renderCounter={renderCounter}
      width={width}
      height={height}
      itemSpacing={10}
      orientation={orientation}
    />
  );
}
