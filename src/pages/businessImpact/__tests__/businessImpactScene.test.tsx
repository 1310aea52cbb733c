import React from 'react';
import { of } from 'rxjs';
import { render, screen } from '@testing-library/react';
import {
  FieldType,
  LoadingState,
  createDataFrame,
  standardEditorsRegistry,
  type DataQueryRequest,
  type DataFrame,
} from '@grafana/data';
import {
  setBackendSrv,
  setDataSourceSrv,
  setPluginImportUtils,
  setRunRequest,
  type BackendSrv,
  type DataSourceSrv,
} from '@grafana/runtime';
import {
  EmbeddedScene,
  SceneFlexItem,
  SceneFlexLayout,
  SceneTimeRange,
  VizPanel,
  sceneGraph,
  type SceneQueryRunner,
} from '@grafana/scenes';
import { REVENUE_PANEL_ID } from '../../../constants';
import { plugin as revenueImpactPlugin } from '../../../panels/revenue-impact/module';
import pluginJson from '../../../panels/revenue-impact/plugin.json';
import { revenueImpactQueryRunner } from '../../../panels/revenueImpactQueryRunner';
import { REVENUE_PANEL_MAX_DATA_POINTS } from '../../../queries';
import { testIds } from '../../../components/testIds';
import { burstMarkerFrames } from '../burstMarkers';
import { ROI_PANEL_KEY, businessImpactScene } from '../businessImpactScene';
import { WhatIfAssumptionsScene } from '../whatIfAssumptionsScene';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 3, 13);
const inBurst = (m: number) => m >= 600 && m < 630;

function frame(refId: string, value: (m: number) => number): DataFrame {
  const times = Array.from({ length: 1440 }, (_, m) => T0 + m * MINUTE);
  return createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      {
        name: 'Value',
        type: FieldType.number,
        values: times.map((_, m) => value(m)),
        labels: { source: 'next-pwa-app' },
      },
    ],
  });
}

const FRAMES = [frame('errors', (m) => 4700 * (inBurst(m) ? 0.015 : 0.0005)), frame('requests', () => 4700)];

function whatIfOf(scene: ReturnType<typeof businessImpactScene>): WhatIfAssumptionsScene {
  return sceneGraph.findObject(scene, (o) => o instanceof WhatIfAssumptionsScene) as WhatIfAssumptionsScene;
}

describe('burstMarkerFrames', () => {
  it('marks only the burst minutes of the 5xx ratio', () => {
    const [marked] = burstMarkerFrames(FRAMES);
    const burst = marked.fields[2].values;
    expect(marked.fields[1].values[0]).toBeCloseTo(0.0005);
    expect(burst.filter((v) => v !== null)).toHaveLength(30);
    expect(burst[615]).toBeCloseTo(0.015);
    expect(burst[500]).toBeNull();
  });
});

describe('business impact scene (fake runRequest, datasource, plugin import, backend services and option editors)', () => {
  const requests: DataQueryRequest[] = [];
  const settingsWrites = jest.fn();

  beforeAll(() => {
    // Grafana core registers the option editors; the panel's options builder only needs their ids here.
    standardEditorsRegistry.setInit(() =>
      ['number', 'text', 'unit'].map((id) => ({ id, name: id, editor: () => null }) as never)
    );
    setDataSourceSrv({
      get: () =>
        Promise.resolve({ uid: 'prom', type: 'prometheus', getRef: () => ({ uid: 'prom', type: 'prometheus' }) }),
      getInstanceSettings: () => ({ uid: 'prom', type: 'prometheus', name: 'Prometheus', meta: { id: 'prometheus' } }),
      getList: () => [],
      reload: () => undefined,
      registerRuntimeDataSource: () => undefined,
    } as unknown as DataSourceSrv);
    setRunRequest((_ds, request) => {
      requests.push(request);
      return of({ series: FRAMES, state: LoadingState.Done, timeRange: request.range });
    });
    // Grafana gives a loaded plugin its meta from plugin.json; the fake import does the same.
    revenueImpactPlugin.meta = {
      ...pluginJson,
      info: { ...pluginJson.info, version: '0.0.0-test' },
      module: '',
      baseUrl: '',
    } as never;
    setPluginImportUtils({
      importPanelPlugin: () => Promise.resolve(revenueImpactPlugin),
      getPanelPluginFromCache: () => undefined,
    });
    setBackendSrv({
      get: () => Promise.resolve({ jsonData: {} }),
      fetch: settingsWrites,
      post: settingsWrites,
    } as unknown as BackendSrv);
  });

  it('hands what-if values from the URL to the ROI panel, dropping invalid ones, and writes them back to the URL', () => {
    const scene = businessImpactScene();
    const whatIf = whatIfOf(scene);
    const panel = sceneGraph.findByKey(scene, ROI_PANEL_KEY) as VizPanel;
    whatIf.activate();
    whatIf.updateFromUrl({
      'whatIf-gmvPerSession': '4.74',
      'whatIf-profitMargin': '-1',
      'whatIf-apiCallsPerPage': 'x',
    });
    expect(panel.state.options).toEqual({ gmvPerSession: 4.74 });
    expect(whatIf.getUrlState()).toMatchObject({ 'whatIf-gmvPerSession': '4.74', 'whatIf-profitMargin': '-1' });
    whatIf.setValue('gmvPerSession', '');
    expect(panel.state.options).toEqual({});
    expect(settingsWrites).not.toHaveBeenCalled();
  });

  it('queries the catalogue targets at fine resolution and renders the ROI panel with the burst', async () => {
    const runner = businessImpactScene().state.$data as SceneQueryRunner;
    expect(runner.state.maxDataPoints).toBe(REVENUE_PANEL_MAX_DATA_POINTS);
    expect(runner.state.queries.map((q) => q.refId)).toEqual([
      'errors',
      'requests',
      'rxReset',
      'remoteCloseRatio',
      'closeWait',
      'pages',
      'userErrors',
      // HAProxy's backends come in their own frames: the same bursts engine reads both proxies.
      'errors_haproxy',
      'requests_haproxy',
      'rxReset_haproxy',
      // The database inputs, so bursts get the cause report gives them.
      'dbMysqlSaturation',
      'dbPostgresSaturation',
      'dbHikariSaturation',
      'dbMysqlRefusals',
      'dbMysqlExporterUp',
    ]);
    // The page's label-value variables need a real datasource; the ROI panel and its runner do not.
    const panel = new VizPanel({ key: ROI_PANEL_KEY, pluginId: REVENUE_PANEL_ID, options: {} });
    const scene = new EmbeddedScene({
      $timeRange: new SceneTimeRange({
        from: new Date(T0).toISOString(),
        to: new Date(T0 + 1440 * MINUTE).toISOString(),
      }),
      $data: revenueImpactQueryRunner(),
      body: new SceneFlexLayout({ children: [new SceneFlexItem({ body: panel })] }),
    });
    scene.activate();
    (scene.state.$data as SceneQueryRunner).activate();
    panel.activate();
    render(<panel.Component model={panel} />);
    expect(await screen.findByTestId(testIds.revenuePanel.bursts)).toHaveTextContent('next-pwa-app');
    expect(requests.at(-1)?.targets.map((t) => t.refId)).toContain('pages');
  });
});
