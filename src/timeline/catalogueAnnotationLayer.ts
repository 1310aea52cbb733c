import type { Unsubscribable } from 'rxjs';
import { LoadingState, type DataFrame } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { SceneDataLayerBase, sceneGraph, type SceneDataLayerProviderState } from '@grafana/scenes';
import { annotationFrame } from './annotationFrame';
import { runLayerRequest, type LayerResolution } from './layerRequest';
import type { TimelineEvent } from './timelineEvents';

export interface CatalogueAnnotationLayerState extends SceneDataLayerProviderState {
  /** Catalogue targets; scanned for the page's variables, so a new selection runs the layer again. */
  targets: DataQuery[];
}

/**
 * A timeline layer: one request of catalogue queries per time range and selection, frames turned into events by
 * linear code, drawn by every time series panel below it as annotations.
 */
export abstract class CatalogueAnnotationLayer extends SceneDataLayerBase<CatalogueAnnotationLayerState> {
  private timeRangeSub?: Unsubscribable;

  constructor(
    state: CatalogueAnnotationLayerState,
    private readonly requestOptions: LayerResolution
  ) {
    super(state, ['targets']);
  }

  /** Frames of this layer's targets (by refId) → events. */
  protected abstract toEvents(frames: DataFrame[]): TimelineEvent[];

  onEnable(): void {
    this.timeRangeSub = sceneGraph
      .getTimeRange(this)
      .subscribeToState((next, prev) => next.value !== prev.value && this.runLayer());
  }

  onDisable(): void {
    this.timeRangeSub?.unsubscribe();
  }

  runLayer(): void {
    // Like a query runner: wait for the page's variables, which run the layer again when they are done.
    if (this._variableDependency.hasDependencyInLoadingState()) {
      return;
    }
    this.querySub?.unsubscribe();
    this.querySub = runLayerRequest(this, this.state.targets, this.requestOptions).subscribe((data) => {
      if (data.state === LoadingState.Loading) {
        return;
      }
      const series =
        data.state === LoadingState.Done ? [annotationFrame(this.toEvents(data.series), this.state.name)] : [];
      this.publishResults({ ...data, series });
    });
  }
}
