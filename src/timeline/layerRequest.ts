import { from, type Observable } from 'rxjs';
import { mergeMap } from 'rxjs/operators';
import { rangeUtil, type DataQueryRequest, type PanelData, type TimeRange } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { getDataSourceSrv, getRunRequest } from '@grafana/runtime';
import { SafeSerializableSceneObject, sceneGraph, type SceneObject } from '@grafana/scenes';
import { PROMETHEUS_DATASOURCE } from '../panels/catalogueQueryRunner';

export interface LayerRequestOptions {
  maxDataPoints: number;
  minInterval: string;
}

/** A fixed resolution, or one chosen for the range asked (the ROI panel's). */
export type LayerResolution = LayerRequestOptions | ((range: TimeRange) => LayerRequestOptions);

let counter = 0;

/**
 * The layer's catalogue targets through Grafana's runRequest, as a SceneQueryRunner sends them: the page's time range,
 * and the scene object in the scoped variables so the datasource interpolates the page's variables.
 */
export function runLayerRequest(
  layer: SceneObject,
  targets: DataQuery[],
  resolution: LayerResolution
): Observable<PanelData> {
  const timeRange = sceneGraph.getTimeRange(layer);
  const scopedVars = { __sceneObject: new SafeSerializableSceneObject(layer) };
  return from(getDataSourceSrv().get(PROMETHEUS_DATASOURCE, scopedVars)).pipe(
    mergeMap((ds) => {
      const range = timeRange.state.value;
      const options = typeof resolution === 'function' ? resolution(range) : resolution;
      const minInterval = sceneGraph.interpolate(layer, options.minInterval);
      const { interval, intervalMs } = rangeUtil.calculateInterval(range, options.maxDataPoints, minInterval);
      const request: DataQueryRequest = {
        app: 'scenes',
        requestId: `connhealth-timeline-${++counter}`,
        timezone: timeRange.getTimeZone(),
        range,
        rangeRaw: { from: timeRange.state.from, to: timeRange.state.to },
        interval,
        intervalMs,
        maxDataPoints: options.maxDataPoints,
        targets: targets.map((t) => ({ ...t, datasource: ds.getRef() })),
        scopedVars: {
          ...scopedVars,
          __interval: { text: interval, value: interval },
          __interval_ms: { text: String(intervalMs), value: intervalMs },
        },
        startTime: Date.now(),
      };
      return getRunRequest()(ds, request);
    })
  );
}
