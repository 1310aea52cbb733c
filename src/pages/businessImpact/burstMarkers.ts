import { Observable, map, switchMap } from 'rxjs';
import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import type { CustomTransformOperator } from '@grafana/scenes';
import { detectBursts, groupByService, pointsByService, type Burst } from '../../impact';
import { ROI_ANSWERED_EVENT } from '../../panels/revenue-impact/compute/roiAnswered';
import { framesToLiveSeries } from '../../panels/revenue-impact/framesToLiveSeries';

/** Per point, the ratio where a burst covers it: one walk over time-ordered points and bursts, not a scan per point. */
function burstOnly(points: Array<{ t: number }>, ratio: number[], own: Burst[]): Array<number | null> {
  let k = 0;
  return points.map((p, i) => {
    while (k < own.length && own[k].end <= p.t) {
      k++;
    }
    return k < own.length && p.t >= own[k].start ? ratio[i] : null;
  });
}

// The chart needs the 5xx and request rates only; the ROI runner's other four inputs are left unread.
const CHARTED = new Set(['errors', 'requests']);

/** Per service: its 5xx ratio, and the same ratio only where detectBursts found a burst (drawn filled). */
export function burstMarkerFrames(frames: DataFrame[]): DataFrame[] {
  const live = framesToLiveSeries(frames.filter((frame) => CHARTED.has(frame.refId ?? '')));
  const bursts = groupByService(detectBursts(live));
  const errors = pointsByService(live.errors);
  return [...pointsByService(live.requests).entries()].flatMap(([service, requests]) => {
    const errorAt = new Map((errors.get(service) ?? []).map((p) => [p.t, p.v]));
    const points = requests.filter((p) => p.v > 0 && errorAt.has(p.t));
    if (points.length === 0) {
      return [];
    }
    const ratio = points.map((p) => (errorAt.get(p.t) as number) / p.v);
    const own = bursts.get(service) ?? [];
    return [
      createDataFrame({
        name: service,
        fields: [
          { name: 'Time', type: FieldType.time, values: points.map((p) => p.t) },
          {
            name: `${service} 5xx ratio`,
            type: FieldType.number,
            values: ratio,
            // Grafana would otherwise prefix the frame's name (the service) once more when several frames differ.
            config: { unit: 'percentunit', displayName: `${service} 5xx ratio` },
          },
          {
            name: `${service} burst`,
            type: FieldType.number,
            values: burstOnly(points, ratio, own),
            config: {
              unit: 'percentunit',
              displayName: `${service} burst`,
              color: { mode: 'fixed', fixedColor: 'red' },
              custom: { fillOpacity: 40, lineWidth: 2, spanNulls: false },
            },
          },
        ],
      }),
    ];
  });
}

// Longest the chart's markers wait for an idle main thread on a busy page.
const IDLE_WAIT_MS = 1000;
// Longest they wait for the ROI panel's answer (a page without it, or a slow engine): then they draw anyway.
const ROI_WAIT_MS = 5000;

// Once the ROI panel above, which leadership reads first, has drawn its answer for this data (its engine runs in a
// worker), and the main thread is next idle: this chart's own burst detection and drawing then never delay it.
function afterRoiAnswer<T>(value: T): Observable<T> {
  return new Observable<T>((subscriber) => {
    let idle: ReturnType<typeof requestIdleCallback> | undefined;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const emit = () => {
      subscriber.next(value);
      subscriber.complete();
    };
    const whenIdle = () => {
      window.removeEventListener(ROI_ANSWERED_EVENT, whenIdle);
      clearTimeout(fallback);
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(emit, { timeout: IDLE_WAIT_MS });
      } else {
        fallback = setTimeout(emit, 0);
      }
    };
    fallback = setTimeout(whenIdle, ROI_WAIT_MS);
    window.addEventListener(ROI_ANSWERED_EVENT, whenIdle);
    return () => {
      window.removeEventListener(ROI_ANSWERED_EVENT, whenIdle);
      clearTimeout(fallback);
      if (idle !== undefined) {
        cancelIdleCallback(idle);
      }
    };
  });
}

export const burstMarkers: CustomTransformOperator = () => (source) =>
  source.pipe(
    switchMap((frames) => afterRoiAnswer(frames)),
    map(burstMarkerFrames)
  );
