import { of } from 'rxjs';
import {
  DataTopic,
  FieldType,
  LoadingState,
  createDataFrame,
  type DataQueryRequest,
  type DataSourceApi,
  type PanelData,
} from '@grafana/data';
import { setRunRequest } from '@grafana/runtime';
import {
  SceneDataLayerSet,
  SceneQueryRunner,
  SceneTimeRange,
  sceneGraph,
  type EmbeddedScene,
  type SceneDataLayerProvider,
} from '@grafana/scenes';
import { getQuery } from '../../queries';
import { connectionHealthScene } from '../../pages/connectionHealth/connectionHealthScene';
import { installFakeGrafanaRuntime } from '../../testing/fakeGrafanaRuntime';
import { FixLayer } from '../fixLayer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 3, 13, 8);
const SERVICE = 'conveyor-cloud.ns.api-proxy-production';
const minutes = Array.from({ length: 240 }, (_, m) => T0 + m * MIN);
const inBurst = (t: number) => t >= T0 + 120 * MIN && t < T0 + 150 * MIN;

function series(refId: string, labels: Record<string, string>, times: number[], value: (t: number) => number) {
  return createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      { name: 'Value', type: FieldType.number, values: times.map(value), labels },
    ],
  });
}

// What a Prometheus datasource would answer for each of the timeline's refIds: a burst after a rollout, restarts.
const ANSWERS: Record<string, () => ReturnType<typeof series>> = {
  errors: () => series('errors', { source: SERVICE }, minutes, (t) => 4700 * (inBurst(t) ? 0.015 : 0.0005)),
  requests: () => series('requests', { source: SERVICE }, minutes, () => 4700),
  rollouts: () =>
    series(
      'rollouts',
      { namespace: 'api-proxy-production', owner_name: 'api-proxy', replicaset: 'rs-1' },
      [T0 + 239 * MIN],
      () => (T0 + 100 * MIN) / 1000
    ),
  restarts: () =>
    series('restarts', { namespace: 'api-proxy-production' }, minutes, (t) => (t === T0 + 151 * MIN ? 3 : 0)),
};

describe('the timeline on the Stream 2 page (fake datasource service and request runner)', () => {
  const requests: DataQueryRequest[] = [];
  let scene: EmbeddedScene;
  const deactivate: Array<() => void> = [];

  beforeEach(async () => {
    installFakeGrafanaRuntime({ source: [SERVICE], namespace: ['api-proxy-production'] });
    requests.length = 0;
    setRunRequest((_ds: DataSourceApi, request: DataQueryRequest) => {
      requests.push(request);
      const frames = request.targets.flatMap((t) => (ANSWERS[t.refId] ? [ANSWERS[t.refId]()] : []));
      return of<PanelData>({ state: LoadingState.Done, series: frames, timeRange: request.range });
    });
    scene = connectionHealthScene({ serviceLabel: 'source' });
    scene.setState({
      $timeRange: new SceneTimeRange({ from: new Date(T0).toISOString(), to: new Date(T0 + 240 * MIN).toISOString() }),
    });
    deactivate.push(scene.activate(), sceneGraph.getVariables(scene).activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterEach(() =>
    deactivate
      .splice(0)
      .reverse()
      .forEach((d) => d())
  );

  const layers = () => (scene.state.$data as SceneDataLayerSet).state.layers as SceneDataLayerProvider[];

  it('has bursts, deployments, restarts and the fix as layers, each one request of catalogue queries', async () => {
    deactivate.push(scene.state.$data!.activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(layers().map((l) => l.state.name)).toEqual(['Bursts', 'Deployments', 'Restarts', 'Fix']);
    const timeline = requests.filter((r) => r.requestId.startsWith('connhealth-timeline-'));
    expect(timeline.map((r) => r.targets.map((t) => t.refId))).toEqual([
      ['errors', 'requests', 'rollouts'],
      ['rollouts'],
      ['restarts'],
    ]);
    const exprs = timeline.flatMap((r) => r.targets.map((t) => (t as { expr?: string }).expr));
    expect(exprs).toContain(getQuery('deploymentRollouts').expr);
    expect(exprs).toContain(getQuery('upstream5xxRate').expr);
    expect(exprs).toContain(getQuery('podRestartRate').expr);
    // The datasource interpolates the page's variables through the scene object the request carries.
    expect(timeline[0].scopedVars.__sceneObject).toBeDefined();
    // Bursts at the ROI panel's step for these 4 hours: half the 5-minute minimum burst.
    expect(timeline[0].intervalMs).toBe(150_000);
  });

  it('hands every time series panel the burst (labelled post-deployment), the rollout and the restarts as annotations', async () => {
    deactivate.push(scene.state.$data!.activate());
    const runner = sceneGraph.findObject(scene, (o) => o instanceof SceneQueryRunner) as SceneQueryRunner;
    deactivate.push(runner.activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const annotations = runner.state.data?.annotations ?? [];
    expect(annotations.every((f) => f.meta?.dataTopic === DataTopic.Annotations)).toBe(true);
    const titles = annotations.flatMap((f) => f.fields.find((x) => x.name === 'title')?.values ?? []);
    expect(titles.sort()).toEqual(['5xx burst after a deployment', 'Container restarts', 'Deployment rollout']);
  });

  it('draws the fix from fixAt in the URL', async () => {
    const fix = layers().find((l) => l instanceof FixLayer) as FixLayer;
    deactivate.push(scene.state.$data!.activate());
    fix.updateFromUrl({ fixAt: '2026-04-13T10:30:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fix.state.data?.series[0].fields[0].values).toEqual([Date.parse('2026-04-13T10:30:00Z')]);
    expect(fix.getUrlState()).toEqual({ fixAt: '2026-04-13T10:30:00Z' });
    fix.updateFromUrl({ fixAt: 'not a time' });
    expect(fix.state.fixAt).toBeUndefined();
  });
});
