import { DataTopic, FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import type { TimelineEvent, TimelineKind } from './timelineEvents';

const COLOR: Record<TimelineKind, string> = {
  burst: 'red',
  deployment: 'blue',
  restart: 'orange',
  fix: 'green',
};

// Grafana shows annotation text as sanitised HTML: label values are escaped so they read as written.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Timeline events as one annotation frame (the shape Grafana's time series panel draws: time, timeEnd, isRegion). */
export function annotationFrame(events: TimelineEvent[], source: string): DataFrame {
  return createDataFrame({
    name: source,
    meta: { dataTopic: DataTopic.Annotations },
    fields: [
      { name: 'time', type: FieldType.time, values: events.map((e) => e.time) },
      { name: 'timeEnd', type: FieldType.time, values: events.map((e) => e.timeEnd ?? e.time) },
      { name: 'isRegion', type: FieldType.boolean, values: events.map((e) => e.timeEnd !== undefined) },
      { name: 'color', type: FieldType.string, values: events.map((e) => COLOR[e.kind]) },
      { name: 'title', type: FieldType.string, values: events.map((e) => escapeHtml(e.title)) },
      { name: 'text', type: FieldType.string, values: events.map((e) => escapeHtml(e.text)) },
      { name: 'tags', type: FieldType.other, values: events.map((e) => [e.kind]) },
    ],
  });
}
