import React, { useEffect, useLayoutEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { DataFrameView, type DataFrame } from '@grafana/data';
import type { UPlotConfigBuilder } from '@grafana/ui';
import { HOST_TEST_IDS } from '../../hostConstants';

interface Mark {
  time: number;
  timeEnd?: number;
  isRegion?: boolean;
  color?: string;
  title?: string;
  text?: string;
  tags?: string[];
}

// Scenes merges data layers in the order their first answers arrive, so Grafana's z-order of markers depends on
// timing; the host draws them in one fixed order (by the timeline's kind tag) so screenshots do not.
const DRAW_ORDER = ['restart', 'deployment', 'burst', 'fix'];
const drawRank = (m: Mark) => {
  const rank = DRAW_ORDER.indexOf(m.tags?.[0] ?? '');
  return rank < 0 ? DRAW_ORDER.length : rank;
};

interface Props {
  builder: UPlotConfigBuilder;
  annotations: DataFrame[];
}

function marksOf(frames: DataFrame[]): Mark[] {
  const marks = frames.flatMap((frame) => new DataFrameView<Mark>(frame).toArray().map((row) => ({ ...row })));
  return marks.sort((a, b) => drawRank(a) - drawRank(b));
}

// Grafana's panel shows annotation text as sanitised HTML; the host lists it as text, so entities are decoded back.
function decoded(html = ''): string {
  return new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';
}

function draw(u: uPlot, marks: Mark[]) {
  const { ctx, bbox } = u;
  ctx.save();
  for (const m of marks) {
    const x = u.valToPos(m.time, 'x', true);
    ctx.strokeStyle = m.color ?? 'white';
    ctx.fillStyle = m.color ?? 'white';
    if (m.isRegion && m.timeEnd !== undefined) {
      const x2 = u.valToPos(m.timeEnd, 'x', true);
      ctx.globalAlpha = 0.15;
      ctx.fillRect(x, bbox.top, Math.max(1, x2 - x), bbox.height);
    }
    ctx.globalAlpha = 0.9;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The host's stand-in for Grafana's annotation markers (core's time series panel, not on npm): vertical lines and
 * shaded regions on the plot from the panel's annotation frames, and, for tests only, a hidden list of them.
 */
export function AnnotationMarks({ builder, annotations }: Props) {
  const marks = marksOf(annotations);
  const current = useRef<Mark[]>(marks);
  const plot = useRef<uPlot>(undefined);
  current.current = marks;
  useLayoutEffect(() => {
    builder.addHook('draw', (u: uPlot) => {
      plot.current = u;
      draw(u, current.current);
    });
  }, [builder]);
  // Annotations often arrive after the series: draw them without waiting for new data.
  useEffect(() => plot.current?.redraw(false, false), [annotations]);
  return (
    <ul hidden data-testid={HOST_TEST_IDS.drawnAnnotations}>
      {marks.map((m, i) => (
        <li key={i} data-kind={decoded(m.title)}>
          {`${decoded(m.title)}: ${decoded(m.text)}`}
        </li>
      ))}
    </ul>
  );
}
