import React, { useMemo } from 'react';
import type { PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { LegendDisplayMode, type VizLegendOptions } from '@grafana/schema';
import { TimeSeries } from '@grafana/ui';
import { AnnotationMarks } from './AnnotationMarks';
import { DrawnSeriesProbe } from './DrawnSeriesProbe';
import { graphableFrames } from './graphableFrames';

interface Options {
  legend?: Partial<VizLegendOptions>;
}

// Grafana's time series panel defaults for the legend (panelcfg), for panels that set none.
const DEFAULT_LEGEND: VizLegendOptions = {
  showLegend: true,
  displayMode: LegendDisplayMode.List,
  placement: 'bottom',
  calcs: [],
};

/** Grafana's core "timeseries" panel, reduced to @grafana/ui's TimeSeries (uPlot) over the panel's frames. */
export function TimeSeriesAdapter({
  data,
  id,
  width,
  height,
  options,
  fieldConfig,
  timeRange,
  timeZone,
}: PanelProps<Options>) {
  const frames = useMemo(() => graphableFrames(data.series), [data.series]);
  const legend = useMemo(() => ({ ...DEFAULT_LEGEND, ...options.legend }), [options.legend]);
  if (!frames) {
    return <PanelDataErrorView panelId={id} fieldConfig={fieldConfig} data={data} needsTimeField needsNumberField />;
  }
  return (
    <TimeSeries
      frames={frames}
      structureRev={data.structureRev}
      width={width}
      height={height}
      timeRange={timeRange}
      timeZone={timeZone}
      legend={legend}
      options={options}
    >
      {(builder, alignedFrame) => (
        <>
          <DrawnSeriesProbe builder={builder} alignedFrame={alignedFrame} />
          <AnnotationMarks builder={builder} annotations={data.annotations ?? []} />
        </>
      )}
    </TimeSeries>
  );
}
