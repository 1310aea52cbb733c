import { Observable, switchMap } from 'rxjs';
import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import type { CustomTransformOperator } from '@grafana/scenes';
import {
  DEFAULT_BURST_OPTIONS,
  cleanSeries,
  detectServiceBursts,
  groupByService,
  type Burst,
  type CleanSeries,
  type InputSeries,
} from '../../impact';
import { ROI_ANSWERED_EVENT } from '../../panels/revenue-impact/compute/roiAnswered';
import { framesToLiveSeries } from '../../panels/revenue-impact/framesToLiveSeries';
import { runInSlices, runToEnd } from '../../panels/runInSlices';

/** A service's 5xx ratio where both rates have a sample and requests are non-zero; the ratio again only inside a burst. */
interface MarkedRatio {
  times: number[];
  ratio: number[];
  burst: Array<number | null>;
}

/** One merge over time-ordered requests, errors and bursts: linear in points, no object per sample. */
function markedRatio(requests: CleanSeries, errors: CleanSeries, own: Burst[]): MarkedRatio {
  const out: MarkedRatio = { times: [], ratio: [], burst: [] };
  let j = 0;
  let k = 0;
  for (let i = 0; i < requests.t.length; i++) {
    const t = requests.t[i];
    while (j < errors.t.length && errors.t[j] < t) {
      j++;
    }
    if (requests.v[i] > 0 && j < errors.t.length && errors.t[j] === t) {
      const ratio = errors.v[j] / requests.v[i];
      while (k < own.length && own[k].end <= t) {
        k++;
      }
      out.times.push(t);
      out.ratio.push(ratio);
      out.burst.push(k < own.length && t >= own[k].start ? ratio : null);
    }
  }
  return out;
}

function serviceFrame(service: string, marked: MarkedRatio): DataFrame {
  return createDataFrame({
    name: service,
    fields: [
      { name: 'Time', type: FieldType.time, values: marked.times },
      {
        name: `${service} 5xx ratio`,
        type: FieldType.number,
        values: marked.ratio,
        // Grafana would otherwise prefix the frame's name (the service) once more when several frames differ.
        config: { unit: 'percentunit', displayName: `${service} 5xx ratio` },
      },
      {
        name: `${service} burst`,
        type: FieldType.number,
        values: marked.burst,
        config: {
          unit: 'percentunit',
          displayName: `${service} burst`,
          color: { mode: 'fixed', fixedColor: 'red' },
          custom: { fillOpacity: 40, lineWidth: 2, spanNulls: false },
        },
      },
    ],
  });
}

// The chart needs the 5xx and request rates only; the ROI runner's other four inputs are left unread.
const CHARTED = new Set(['errors', 'requests']);

/** One service's frame: each series cleaned once, then the shared engine's detection on those columns. */
function serviceMarkers(service: string, requests: InputSeries[], errors: InputSeries[]): DataFrame | undefined {
  const r = cleanSeries(requests);
  const e = cleanSeries(errors);
  const marked = markedRatio(r, e, detectServiceBursts(service, e, r, DEFAULT_BURST_OPTIONS));
  return marked.times.length > 0 ? serviceFrame(service, marked) : undefined;
}

/** The markers service by service, pausing after each (a fleet's month is seconds of work on a busy machine). */
function* markerSteps(frames: DataFrame[]): Generator<void, DataFrame[]> {
  const live = framesToLiveSeries(frames.filter((frame) => CHARTED.has(frame.refId ?? '')));
  const errorsByService = groupByService(live.errors);
  const marked: DataFrame[] = [];
  for (const [service, requests] of groupByService(live.requests)) {
    const errors = errorsByService.get(service);
    const frame = errors && serviceMarkers(service, requests, errors);
    if (frame) {
      marked.push(frame);
    }
    yield;
  }
  return marked;
}

/** Per service: its 5xx ratio, and the same ratio only where the engine found a burst (drawn filled). */
export function burstMarkerFrames(frames: DataFrame[]): DataFrame[] {
  return runToEnd(markerSteps(frames));
}

/** The same frames computed in slices that yield to the page; unsubscribing stops the work. */
function markersInSlices(frames: DataFrame[]): Observable<DataFrame[]> {
  return new Observable<DataFrame[]>((subscriber) =>
    runInSlices(
      markerSteps(frames),
      (marked) => {
        subscriber.next(marked);
        subscriber.complete();
      },
      (error) => subscriber.error(error)
    )
  );
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
    switchMap(markersInSlices)
  );
