import type { Unsubscribable } from 'rxjs';
import { LoadingState } from '@grafana/data';
import {
  SceneDataLayerBase,
  SceneObjectUrlSyncConfig,
  sceneGraph,
  type SceneDataLayerProviderState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import { parseFixTime } from '../fixValidation/windows';
import { FIX_AT_URL_KEY } from '../constants';
import { annotationFrame } from './annotationFrame';
import { fixEvent } from './timelineEvents';

export interface FixLayerState extends SceneDataLayerProviderState {
  /** Unix ms of the fix, if one is known. */
  fixAt?: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * The fix as a line on every time series panel. On the Stream 2 page it comes from the URL (`fixAt`, the key the
 * Fix validation page uses, so its link carries it); on the Fix validation page that page sets it.
 */
export class FixLayer extends SceneDataLayerBase<FixLayerState> {
  private stateSub?: Unsubscribable;

  constructor(options: { syncUrl: boolean; fixAt?: number }) {
    super({ name: 'Fix', description: 'When the fix went live (fixAt in the URL).', fixAt: options.fixAt });
    if (options.syncUrl) {
      this._urlSync = new SceneObjectUrlSyncConfig(this, { keys: [FIX_AT_URL_KEY] });
    }
  }

  getUrlState(): SceneObjectUrlValues {
    return { [FIX_AT_URL_KEY]: this.state.fixAt === undefined ? undefined : iso(this.state.fixAt) };
  }

  updateFromUrl(values: SceneObjectUrlValues): void {
    const raw = values[FIX_AT_URL_KEY];
    const fixAt = typeof raw === 'string' ? parseFixTime(raw) : undefined;
    if (fixAt !== this.state.fixAt) {
      this.setState({ fixAt });
    }
  }

  onEnable(): void {
    this.stateSub = this.subscribeToState((next, prev) => next.fixAt !== prev.fixAt && this.runLayer());
  }

  onDisable(): void {
    this.stateSub?.unsubscribe();
  }

  runLayer(): void {
    const { fixAt } = this.state;
    this.publishResults({
      state: LoadingState.Done,
      series: fixAt === undefined ? [] : [annotationFrame([fixEvent(fixAt)], this.state.name)],
      timeRange: sceneGraph.getTimeRange(this).state.value,
    });
  }
}
