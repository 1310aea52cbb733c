import { of } from 'rxjs';
import { waitFor } from '@testing-library/react';
import {
  FieldType,
  LoadingState,
  createDataFrame,
  type DataQueryRequest,
  type DataSourceApi,
  type PanelData,
  dateTime,
} from '@grafana/data';
import { setDataSourceSrv, setRunRequest, type DataSourceSrv } from '@grafana/runtime';
import {
  EmbeddedScene,
  SceneFlexLayout,
  SceneTimeRange,
  SceneVariableSet,
  TextBoxVariable,
  sceneGraph,
} from '@grafana/scenes';
import { RECORDING_COVERAGE_PROBES, revenuePanelTargets } from '../../queries';
import { revenueImpactQueryRunner } from '../revenueImpactQueryRunner';
import { RevenueSourceChoice } from '../revenueSourceChoice';

const END = Date.UTC(2026, 3, 16);
const MONTH_S = 30 * 86400;
type Probe = (request: DataQueryRequest) => PanelData['series'] | Error;

interface Sent {
  probes: DataQueryRequest[];
  panel: DataQueryRequest[];
}

/** Fake Grafana runtime: a datasource service, and a runRequest that answers the probe as `probe` says. */
function fakeRuntime(probe: Probe): Sent {
  const sent: Sent = { probes: [], panel: [] };
  const ds = { uid: 'prom', type: 'prometheus', getRef: () => ({ uid: 'prom', type: 'prometheus' }) };
  setDataSourceSrv({
    get: () => Promise.resolve(ds),
    getInstanceSettings: () => ({ ...ds, name: 'Prometheus', meta: { id: 'prometheus' } }),
    getList: () => [],
    reload: () => undefined,
    registerRuntimeDataSource: () => undefined,
  } as unknown as DataSourceSrv);
  setRunRequest((_ds: DataSourceApi, request: DataQueryRequest) => {
    const isProbe = request.targets.every((t) => (t as { instant?: boolean }).instant);
    (isProbe ? sent.probes : sent.panel).push(request);
    const series = isProbe ? probe(request) : [];
    // Grafana's runRequest turns a failed query into panel data in the Error state.
    if (series instanceof Error) {
      return of({
        state: LoadingState.Error,
        series: [],
        errors: [{ message: series.message }],
        timeRange: request.range,
      });
    }
    return of({ state: LoadingState.Done, series, timeRange: request.range, request });
  });
  return sent;
}

const coverage =
  (steps: (refId: string) => number | undefined): Probe =>
  (request) =>
    request.targets.flatMap(({ refId }) => {
      const value = steps(refId);
      return value === undefined
        ? []
        : [createDataFrame({ refId, fields: [{ name: 'Value', type: FieldType.number, values: [value] }] })];
    });

function activeScene() {
  const scene = new EmbeddedScene({
    $timeRange: new SceneTimeRange({
      from: new Date(END - MONTH_S * 1000).toISOString(),
      to: new Date(END).toISOString(),
    }),
    $variables: new SceneVariableSet({ variables: [new TextBoxVariable({ name: 'instance', value: '.*' })] }),
    $data: revenueImpactQueryRunner(),
    body: new SceneFlexLayout({ children: [] }),
  });
  scene.activate();
  const choice = sceneGraph.findObject(scene, (o) => o instanceof RevenueSourceChoice) as RevenueSourceChoice;
  return { scene, choice };
}

const exprsOf = (request: DataQueryRequest) => request.targets.map((t) => (t as { expr?: string }).expr);

describe('ROI runner: recordings or raw series, asked of Prometheus first (fake runRequest and datasource service)', () => {
  it('sends the panel’s queries once, from the recordings, after the probe found all of them over the range', async () => {
    const sent = fakeRuntime(coverage(() => MONTH_S / 300));
    activeScene();
    await waitFor(() => expect(sent.panel).toHaveLength(1));
    expect(sent.probes).toHaveLength(1);
    expect(exprsOf(sent.probes[0])).toEqual(RECORDING_COVERAGE_PROBES.map((p) => p.expr));
    expect(exprsOf(sent.panel[0])).toEqual(revenuePanelTargets('recorded').map((t) => t.expr));
  });

  it('reads raw series when one recording is missing, and when the probe itself fails', async () => {
    const missing = RECORDING_COVERAGE_PROBES[3].refId;
    const sent = fakeRuntime(coverage((refId) => (refId === missing ? undefined : MONTH_S / 300)));
    const { choice } = activeScene();
    await waitFor(() => expect(sent.panel).toHaveLength(1));
    expect(exprsOf(sent.panel[0])).toEqual(revenuePanelTargets('raw').map((t) => t.expr));
    expect(choice.state.source).toBe('raw');

    const failed = fakeRuntime(() => new Error('subqueries refused'));
    activeScene();
    await waitFor(() => expect(failed.panel).toHaveLength(1));
    expect(exprsOf(failed.panel[0])).toEqual(revenuePanelTargets('raw').map((t) => t.expr));
  });

  it('asks again, and queries again at the step for the new range, when the time range changes', async () => {
    const sent = fakeRuntime(coverage(() => MONTH_S / 300));
    const { scene } = activeScene();
    await waitFor(() => expect(sent.panel).toHaveLength(1));
    // 30 days: Prometheus's 11,000-point limit allows no finer step Grafana keeps than 5 minutes.
    expect(sent.panel[0].intervalMs).toBe(300_000);
    const week = { from: dateTime(END - 7 * 86400_000), to: dateTime(END) };
    sceneGraph.getTimeRange(scene).onTimeRangeChange({ ...week, raw: week });
    await waitFor(() => expect(sent.panel).toHaveLength(2));
    expect(sent.probes).toHaveLength(2);
    expect(sent.panel[1].range.from.valueOf()).toBe(END - 7 * 86400_000);
    // 7 days: half the 5-minute minimum burst, so the shortest burst counted is seen.
    expect(sent.panel[1].intervalMs).toBe(150_000);
  });

  it('queries again when a variable only the panel’s queries use changes (the node filter of CLOSE_WAIT)', async () => {
    const sent = fakeRuntime(coverage(() => MONTH_S / 300));
    const { scene } = activeScene();
    await waitFor(() => expect(sent.panel).toHaveLength(1));
    const instance = sceneGraph.lookupVariable('instance', scene) as TextBoxVariable;
    instance.setValue('node-1:9100');
    await waitFor(() => expect(sent.panel).toHaveLength(2));
  });
});
