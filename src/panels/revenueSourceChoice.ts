import { SceneObjectBase, SceneQueryRunner, VariableDependencyConfig, type SceneObjectState } from '@grafana/scenes';
import { FieldType, LoadingState, type DataFrame, type PanelData } from '@grafana/data';
import {
  RECORDING_COVERAGE_PROBES,
  chooseRevenueSource,
  revenuePanelTargets,
  type RevenueSource,
  type RevenueTarget,
} from '../queries';
import { PROMETHEUS_DATASOURCE } from './catalogueQueryRunner';

export interface RevenueSourceChoiceState extends SceneObjectState {
  /** Every expression the ROI runner may send: a change of any variable they use means a new answer. */
  expressions: string[];
  /** The last choice, once the probe has answered. */
  source?: RevenueSource;
}

const instantTarget = ({ refId, expr }: RevenueTarget) => ({ refId, expr, instant: true, range: false });

// One number per probe: how many steps of the range the recording covered (absent when it has none).
function stepsWithData(frames: DataFrame[]): Record<string, number | undefined> {
  return Object.fromEntries(
    frames.map((frame) => {
      const values = frame.fields.find((f) => f.type === FieldType.number)?.values ?? [];
      return [frame.refId ?? '', Number(values[values.length - 1]) || undefined];
    })
  );
}

function rangeSecondsOf(data: PanelData): number {
  return (data.timeRange.to.valueOf() - data.timeRange.from.valueOf()) / 1000;
}

/** Runs the ROI runner (manual mode) with the targets the catalogue picks once the recordings probe answers. */
export class RevenueSourceChoice extends SceneObjectBase<RevenueSourceChoiceState> {
  private pending = false;

  protected _variableDependency = new VariableDependencyConfig(this, {
    statePaths: ['expressions'],
    onReferencedVariableValueChanged: () => this.probe().runQueries(),
    onVariableUpdateCompleted: () => this.runChosen(),
  });

  constructor() {
    super({
      expressions: [...revenuePanelTargets('raw'), ...revenuePanelTargets('recorded')].map((t) => t.expr),
      $data: new SceneQueryRunner({
        key: 'probe-revenue-recordings',
        datasource: PROMETHEUS_DATASOURCE,
        queries: RECORDING_COVERAGE_PROBES.map(instantTarget),
      }),
    });
    this.addActivationHandler(() => {
      const sub = this.probe().subscribeToState((next, prev) => next.data !== prev.data && this.onProbe(next.data));
      this.onProbe(this.probe().state.data);
      return () => sub.unsubscribe();
    });
  }

  private probe(): SceneQueryRunner {
    return this.state.$data as SceneQueryRunner;
  }

  private onProbe(data: PanelData | undefined) {
    if (!data || data.state === LoadingState.Loading || data.state === LoadingState.NotStarted) {
      return;
    }
    // A probe that failed (an old Prometheus, a proxy refusing subqueries) means raw series, never no data.
    const source =
      data.state === LoadingState.Done ? chooseRevenueSource(stepsWithData(data.series), rangeSecondsOf(data)) : 'raw';
    this.setState({ source });
    this.pending = true;
    this.runChosen();
  }

  private runChosen() {
    const runner = this.parent;
    if (!this.pending || !this.state.source || !(runner instanceof SceneQueryRunner)) {
      return;
    }
    if (this._variableDependency.hasDependencyInLoadingState()) {
      return;
    }
    this.pending = false;
    runner.setState({ queries: revenuePanelTargets(this.state.source).map(rangeTarget) });
    runner.runQueries();
  }
}

/** A range target the Prometheus datasource understands. */
export function rangeTarget({ refId, expr, legend }: RevenueTarget) {
  return { refId, expr, legendFormat: legend, instant: false, range: true, format: 'time_series' as const };
}
