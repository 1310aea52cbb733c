import React from 'react';
import type { PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { TableNG } from '@grafana/ui/unstable';

interface Options {
  showHeader?: boolean;
  cellHeight?: 'sm' | 'md' | 'lg';
}

/** Grafana's core "table" panel (TableNG since 12.x), reduced to its first frame: no frame picker, no editing. */
export function TableAdapter({ data, id, width, height, options, fieldConfig, timeRange }: PanelProps<Options>) {
  const main = data.series[0];
  if (!main || !data.series.some((frame) => frame.fields.length > 0)) {
    return <PanelDataErrorView panelId={id} fieldConfig={fieldConfig} data={data} />;
  }
  return (
    <TableNG
      data={main}
      width={width}
      height={height}
      noHeader={options.showHeader === false}
      cellHeight={options.cellHeight as never}
      timeRange={timeRange}
      fieldConfig={fieldConfig}
      structureRev={data.structureRev}
      resizable={false}
    />
  );
}
