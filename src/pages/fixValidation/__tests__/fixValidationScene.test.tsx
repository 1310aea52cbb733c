import React from 'react';
import { of } from 'rxjs';
import { render, screen } from '@testing-library/react';
import { setBackendSrv, setPluginImportUtils, type BackendSrv } from '@grafana/runtime';
import {
  ConstantVariable,
  SceneFlexItem,
  SceneGridItem,
  SceneGridLayout,
  VizPanel,
  sceneGraph,
  type EmbeddedScene,
  type QueryVariable,
} from '@grafana/scenes';
import { FIX_PANEL_ID } from '../../../constants';
import { CRITERION_IDS } from '../../../fixValidation';
import { getQuery } from '../../../queries';
import { testIds } from '../../../components/testIds';
import { installFakeGrafanaRuntime } from '../../../testing/fakeGrafanaRuntime';
import { FixLayer } from '../../../timeline/fixLayer';
import { CHARTS_ITEM_KEY } from '../chartsAfterVerdict';
import { CHARTS_KEY, CRITERION_CHARTS } from '../criterionCharts';
import { FixTimeScene } from '../FixTimeScene';
import { VERDICT_ITEM_KEY } from '../followFixTime';
import { fixValidationScene } from '../fixValidationScene';
import { VERDICT_PANEL_KEY } from '../verdictPanel';

const SERVICES = ['conveyor-cloud.ns.api-proxy-production', 'conveyor-cloud.ns.next-pwa-app-production'];
const FIX = Date.parse('2026-03-25T12:00:00Z');
const DAY = 86_400_000;

const deactivators: Array<() => void> = [];
const proxied: Array<{ url: string; params: Record<string, string> }> = [];
const pluginImports: string[] = [];
// Grafana's panel plugin importer faked (set once, as Grafana does): it records the ids and never finishes loading.
setPluginImportUtils({
  importPanelPlugin: (id: string) => {
    pluginImports.push(id);
    return new Promise(() => undefined);
  },
  getPanelPluginFromCache: () => undefined,
});

async function activeScene(): Promise<EmbeddedScene> {
  const scene = fixValidationScene({ serviceLabel: 'source' });
  deactivators.push(scene.activate());
  deactivators.push(sceneGraph.getVariables(scene).activate());
  await new Promise((resolve) => setTimeout(resolve, 50));
  return scene;
}

const fixTimeOf = (scene: EmbeddedScene) =>
  sceneGraph.findObject(scene, (o) => o instanceof FixTimeScene) as FixTimeScene;
const chartsOf = (scene: EmbeddedScene) => sceneGraph.findByKey(scene, CHARTS_KEY) as SceneGridLayout;

describe('Fix validation scene (fake datasource service, request runner and datasource proxy with no data)', () => {
  beforeEach(() => {
    installFakeGrafanaRuntime({ '${label}': SERVICES, source: SERVICES });
    proxied.length = 0;
    pluginImports.length = 0;
    setBackendSrv({
      get: () => Promise.resolve({ jsonData: {} }),
      fetch: (options: { url: string; params: Record<string, string> }) => {
        proxied.push(options);
        return of({ status: 200, data: { status: 'success', data: { resultType: 'matrix', result: [] } } });
      },
    } as unknown as BackendSrv);
  });

  afterEach(() => {
    deactivators
      .splice(0)
      .reverse()
      .forEach((deactivate) => deactivate());
  });

  it('has one chart per criterion, in the verdict table’s order, each the catalogue’s panel', async () => {
    const scene = await activeScene();
    const titles = chartsOf(scene).state.children.map(
      (item) => ((item as SceneGridItem).state.body as VizPanel).state.title
    );
    expect(titles).toEqual(CRITERION_IDS.map((id) => getQuery(CRITERION_CHARTS[id]).title));
  });

  it('a fix time from the URL goes to the verdict panel, the charts’ range (both windows) and the fix line', async () => {
    const scene = await activeScene();
    fixTimeOf(scene).updateFromUrl({ fixAt: '2026-03-25T12:00:00Z', before: '14d' });
    const panel = sceneGraph.findByKey(scene, VERDICT_PANEL_KEY) as VizPanel;
    expect(panel.state.options).toMatchObject({ fixAt: '2026-03-25T12:00:00Z', before: '14d', searchDefault: false });
    expect((sceneGraph.findByKey(scene, VERDICT_ITEM_KEY) as SceneFlexItem).state.isHidden).toBe(false);
    const range = sceneGraph.getTimeRange(chartsOf(scene).state.children[0]).state.value;
    expect([range.from.valueOf(), range.to.valueOf()]).toEqual([FIX - 14 * DAY, FIX + 14 * DAY]);
    const fix = sceneGraph.findObject(scene, (o) => o instanceof FixLayer) as FixLayer;
    expect(fix.state.fixAt).toBe(FIX);
    // The URL is read before the page renders: with a fix time given, nothing is searched.
    deactivators.push(fixTimeOf(scene).activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxied).toEqual([]);
  });

  it('without a fix time it searches the time range through the datasource proxy and, finding none, asks in words', async () => {
    const scene = await activeScene();
    // The page renders the fix time control, which activates it; here the test does.
    deactivators.push(fixTimeOf(scene).activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxied.some((p) => p.params.query?.includes('kube_replicaset_created'))).toBe(true);
    expect((sceneGraph.findByKey(scene, VERDICT_ITEM_KEY) as SceneFlexItem).state.isHidden).toBe(true);
    const fixTime = fixTimeOf(scene);
    render(<fixTime.Component model={fixTime} />);
    expect(screen.getByTestId(testIds.fixPage.fixSource)).toHaveTextContent(
      /No rollout of the selected services between .* was followed by a drop in bursts \(0 rollouts, 0 bursts\): when did the fix go live\?/
    );
  });

  it('holds the charts back (no queries) until the verdict panel shows its first answer, then keeps them', async () => {
    const scene = await activeScene();
    const chartsItem = sceneGraph.findByKey(scene, CHARTS_ITEM_KEY) as SceneFlexItem;
    const panel = sceneGraph.findByKey(scene, VERDICT_PANEL_KEY) as VizPanel;
    fixTimeOf(scene).updateFromUrl({ fixAt: '2026-03-25T12:00:00Z' });
    expect(chartsItem.state.isHidden).toBe(true);
    // What Grafana's panel context does with the panel's onInstanceStateChange.
    panel.setState({ _pluginInstanceState: { answered: true } });
    expect(chartsItem.state.isHidden).toBe(false);
    fixTimeOf(scene).updateFromUrl({ fixAt: '2026-03-26T12:00:00Z' });
    panel.setState({ _pluginInstanceState: undefined });
    expect(chartsItem.state.isHidden).toBe(false);
  });

  it('starts loading the verdict panel’s plugin when the page activates, before the layout renders it', async () => {
    await activeScene();
    expect(pluginImports).toEqual([FIX_PANEL_ID]);
  });

  it('shows the charts at once when no verdict is coming: no fix time given and none found', async () => {
    const scene = await activeScene();
    const chartsItem = sceneGraph.findByKey(scene, CHARTS_ITEM_KEY) as SceneFlexItem;
    // Before the search has run the charts wait for it too.
    expect(chartsItem.state.isHidden).toBe(true);
    deactivators.push(fixTimeOf(scene).activate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fixTimeOf(scene).state.search.status).toBe('done');
    expect(chartsItem.state.isHidden).toBe(false);
  });

  it('refuses a fix time without a zone, with the reason on the field', async () => {
    const scene = await activeScene();
    const fixTime = fixTimeOf(scene);
    fixTime.setText('fixAt', '2026-03-25 12:00');
    expect(fixTime.resolved()).toEqual({ problem: expect.stringMatching(/not an ISO 8601 time with a zone/) });
    render(<fixTime.Component model={fixTime} />);
    expect(screen.getByText(/not an ISO 8601 time with a zone/)).toBeInTheDocument();
  });

  it('reads restarts and rollouts in the namespaces the selected services point at', async () => {
    const scene = await activeScene();
    const namespace = sceneGraph.lookupVariable('namespace', scene) as ConstantVariable;
    expect(namespace.state.value).toBe('api-proxy-production|next-pwa-app-production');
    (sceneGraph.lookupVariable('service', scene) as QueryVariable).changeValueTo([SERVICES[1]]);
    expect(namespace.state.value).toBe('next-pwa-app-production');
  });
});
