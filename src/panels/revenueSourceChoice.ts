import {
  SceneObjectBase,
  SceneQueryRunner,
  VariableDependencyConfig,
  sceneGraph,
  type SceneObjectState,
} from '@grafana/scenes';
import { FieldType, LoadingState, type DataFrame, type PanelData } from '@grafana/data';
import {
  RECORDING_COVERAGE_PROBES,
  chooseRevenueSource,
  revenuePanelResolution,
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
  /** Which probe answer the choice came from: its request id and time range. */
  answer?: string;
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
  /** What the runner last ran: choice, probe answer, time range and interpolated targets. */
  private lastRun?: string;

  protected _variableDependency = new VariableDependencyConfig(this, {
    statePaths: ['expressions'],
    // Variables the probe reads re-run the probe itself; the others (the node filter) only the panel's queries.
    onReferencedVariableValueChanged: (variable) => {
      if (!this.probe().variableDependency?.hasDependencyOn(variable.state.name)) {
        this.runChosen();
      }
    },
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
    const { from, to } = data.timeRange;
    this.setState({ source, answer: `${data.request?.requestId ?? ''} ${from.valueOf()}-${to.valueOf()}` });
    this.runChosen();
  }

  // Runs the runner once per change of what it would ask: never twice for one probe answer and one set of values.
  private runChosen() {
    const { source, answer } = this.state;
    const runner = this.parent;
    if (!source || !(runner instanceof SceneQueryRunner) || this._variableDependency.hasDependencyInLoadingState()) {
      return;
    }
    const targets = revenuePanelTargets(source);
    const { from, to } = sceneGraph.getTimeRange(this).state.value;
    const { maxDataPoints, minInterval } = revenuePanelResolution((to.valueOf() - from.valueOf()) / 1000);
    const exprs = sceneGraph.interpolate(this, targets.map((t) => t.expr).join('\n'));
    const asked = [source, answer, minInterval, exprs].join('\n');
    if (asked === this.lastRun) {
      return;
    }
    this.lastRun = asked;
    runner.setState({ queries: targets.map(rangeTarget), maxDataPoints, minInterval });
    runner.runQueries();
  }
}

/** A range target the Prometheus datasource understands. */
export function rangeTarget({ refId, expr, legend }: RevenueTarget) {
  return { refId, expr, legendFormat: legend, instant: false, range: true, format: 'time_series' as const };
}
