import React from 'react';
import type { InterpolateFunction } from '@grafana/data';
import {
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  VariableDependencyConfig,
  getUrlState,
  sceneGraph,
  type SceneComponentProps,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import {
  FIX_AFTER_URL_KEY,
  FIX_AT_URL_KEY,
  FIX_BEFORE_URL_KEY,
  VAR_DATASOURCE,
  VAR_SERVICE,
  VAR_SERVICE_LABEL,
} from '../../constants';
import { findFixTime, type FixTimeSearchResult } from '../../fixValidation/fetch';
import { DatasourceProxyPrometheus, ValidationCancelled } from '../../panels/fix-validation/datasourceProxyPrometheus';
import { fixTimeOf, fixValidationInputs, windowLengths } from '../../panels/fix-validation/fixValidationInputs';
import { FixTimeControls } from './FixTimeControls';
import { stream2Url } from './stream2Url';

export type FixSearch =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; result: FixTimeSearchResult; range: { from: number; to: number } }
  | { status: 'failed'; problem: string };

export interface FixTimeState extends SceneObjectState {
  /** As typed or read from the URL; empty: the rollout the search finds. */
  fixAt: string;
  before: string;
  after: string;
  search: FixSearch;
}

/** What the page validates: the fix time (given or found) and the two window lengths, or why there is none. */
export type ResolvedFix = { fixAt?: number; beforeMs: number; afterMs: number } | { problem: string };

const SELECTION = {
  prometheus: `\${${VAR_DATASOURCE}}`,
  serviceLabel: `\${${VAR_SERVICE_LABEL}}`,
  services: `\${${VAR_SERVICE}}`,
};

/**
 * The fix time and windows, kept in the URL. Without a fix time it searches the page's time range for the rollout
 * after which the selected services' bursts fell most clearly (the same search the panel runs in a dashboard).
 */
export class FixTimeScene extends SceneObjectBase<FixTimeState> {
  static Component = FixTimeRenderer;
  protected _urlSync = new SceneObjectUrlSyncConfig(this, {
    keys: [FIX_AT_URL_KEY, FIX_BEFORE_URL_KEY, FIX_AFTER_URL_KEY],
  });
  protected _variableDependency = new VariableDependencyConfig(this, {
    variableNames: [VAR_DATASOURCE, VAR_SERVICE_LABEL, VAR_SERVICE],
    onVariableUpdateCompleted: () => this.searchIfNeeded(),
  });

  constructor(state: Partial<FixTimeState> = {}) {
    super({ fixAt: '', before: '', after: '', search: { status: 'idle' }, ...state });
    this.addActivationHandler(() => {
      this.searchIfNeeded();
      const rangeSub = sceneGraph.getTimeRange(this).subscribeToState(() => this.searchIfNeeded(true));
      const fixSub = this.subscribeToState((next, prev) => next.fixAt !== prev.fixAt && this.searchIfNeeded());
      return () => {
        this.searching?.abort();
        rangeSub.unsubscribe();
        fixSub.unsubscribe();
      };
    });
  }

  getUrlState(): SceneObjectUrlValues {
    const { fixAt, before, after } = this.state;
    return {
      [FIX_AT_URL_KEY]: fixAt || undefined,
      [FIX_BEFORE_URL_KEY]: before || undefined,
      [FIX_AFTER_URL_KEY]: after || undefined,
    };
  }

  updateFromUrl(values: SceneObjectUrlValues): void {
    const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
    const next = { fixAt: text(FIX_AT_URL_KEY), before: text(FIX_BEFORE_URL_KEY), after: text(FIX_AFTER_URL_KEY) };
    if (next.fixAt !== this.state.fixAt || next.before !== this.state.before || next.after !== this.state.after) {
      this.setState(next);
    }
  }

  setText(name: 'fixAt' | 'before' | 'after', value: string) {
    if (this.state[name] !== value.trim()) {
      this.setState({ [name]: value.trim() });
    }
  }

  /** The fix the page validates: typed, or found; and the windows. */
  resolved(): ResolvedFix {
    const windows = windowLengths(this.state.before, this.state.after);
    const typed = fixTimeOf(this.state.fixAt);
    if ('problem' in windows || 'problem' in typed) {
      return 'problem' in typed ? typed : (windows as { problem: string });
    }
    const { search } = this.state;
    const found = search.status === 'done' ? search.result.candidate?.deployment.at : undefined;
    return { ...windows, fixAt: typed.fixAt ?? found };
  }

  private searching?: AbortController;
  private searchedSelection?: string;

  private selection() {
    const interpolate = (value: string, _scoped?: unknown, format?: unknown) =>
      sceneGraph.interpolate(this, value, undefined, format as string);
    return fixValidationInputs({ ...SELECTION, fixAt: '' }, interpolate as InterpolateFunction);
  }

  private searchIfNeeded(rangeChanged = false) {
    if (this.state.fixAt !== '') {
      this.searching?.abort();
      return;
    }
    if (this._variableDependency.hasDependencyInLoadingState()) {
      return;
    }
    const unchanged = this.searchedSelection === JSON.stringify(this.selection());
    if (this.state.search.status !== 'idle' && this.state.search.status !== 'failed' && unchanged && !rangeChanged) {
      return;
    }
    this.search();
  }

  private search() {
    this.searching?.abort();
    const controller = new AbortController();
    this.searching = controller;
    const inputs = this.selection();
    this.searchedSelection = JSON.stringify(inputs);
    if ('problem' in inputs) {
      this.setState({ search: { status: 'failed', problem: inputs.problem } });
      return;
    }
    const range = sceneGraph.getTimeRange(this).state.value;
    const span = { from: range.from.valueOf(), to: range.to.valueOf() };
    this.setState({ search: { status: 'searching' } });
    const stillWanted = () => !controller.signal.aborted;
    findFixTime(new DatasourceProxyPrometheus(inputs.uid, controller.signal), { ...inputs, ...span }).then(
      (result) => stillWanted() && this.setState({ search: { status: 'done', result, range: span } }),
      (e: unknown) =>
        stillWanted() &&
        !(e instanceof ValidationCancelled) &&
        this.setState({ search: { status: 'failed', problem: e instanceof Error ? e.message : String(e) } })
    );
  }
}

function FixTimeRenderer({ model }: SceneComponentProps<FixTimeScene>) {
  const state = model.useState();
  const resolved = model.resolved();
  const variables = getUrlState(sceneGraph.getVariables(model));
  return (
    <FixTimeControls
      state={state}
      resolved={resolved}
      stream2Url={
        'fixAt' in resolved && resolved.fixAt !== undefined ? stream2Url(resolved.fixAt, variables) : undefined
      }
      onText={(name, value) => model.setText(name, value)}
    />
  );
}
