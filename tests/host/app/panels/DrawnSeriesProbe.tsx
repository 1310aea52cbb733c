import React, { useLayoutEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { getFieldDisplayName, type DataFrame } from '@grafana/data';
import type { UPlotConfigBuilder } from '@grafana/ui';
import { HOST_TEST_IDS } from '../../hostConstants';

interface Props {
  builder: UPlotConfigBuilder;
  alignedFrame: DataFrame;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The host's test hook (uPlot draws on a canvas a test cannot read): after each uPlot draw, lists the series
 * uPlot drew with at least one finite point, by the display name Grafana's code gave them. Hidden; tests only.
 */
export function DrawnSeriesProbe({ builder, alignedFrame }: Props) {
  const [drawn, setDrawn] = useState<string[]>([]);
  const names = useRef<string[]>([]);
  // uPlot's data[i] is the aligned frame's field i (field 0 is time).
  names.current = alignedFrame.fields.map((field) => getFieldDisplayName(field, alignedFrame));
  useLayoutEffect(() => {
    builder.addHook('draw', (u: uPlot) => {
      const next = u.series.flatMap((series, i) => {
        const values = (u.data[i] ?? []) as Array<number | null | undefined>;
        const hasPoint = values.some((v) => v != null && Number.isFinite(v));
        return i > 0 && series.show !== false && hasPoint ? [names.current[i] ?? `series ${i}`] : [];
      });
      setDrawn((previous) => (sameList(previous, next) ? previous : next));
    });
  }, [builder]);
  return (
    <ul hidden data-testid={HOST_TEST_IDS.drawnSeries}>
      {drawn.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}
