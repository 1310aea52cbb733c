import { getDataSourceSrv } from '@grafana/runtime';
import { VizPanel, sceneGraph, type EmbeddedScene, type SceneObject } from '@grafana/scenes';
import { VAR_DATASOURCE, VAR_DATASOURCE_EXPR, VAR_PROXY } from '../../constants';
import { METRIC_NAMES_QUERY } from '../../queries';
import { catalogueQueryOf } from '../../panels/catalogueQueryRunner';
import { missingMetricText } from '../../panels/missingMetricText';
import { effectiveProxy, labelAutoChoice } from './proxyVariable';
import { switchProxy } from './proxySwitch';
import { collapseAbsentExporters } from './collapseAbsentExporters';

/**
 * Scene behaviour: asks the datasource once per time range (and datasource) which metric names it has, so the page
 * can pick the proxy on Auto and an empty panel can say "not scraped, install X" or "scraped, nothing matched".
 */
export function metricPresence(scene: SceneObject): () => void {
  let generation = 0;
  let names: Set<string> | undefined;
  const show = () => {
    switchProxy(scene as EmbeddedScene, effectiveProxy(scene, names));
    if (names) {
      labelAutoChoice(scene, names);
      collapseAbsentExporters(scene, names);
      explainEmptyPanels(scene, names);
    }
  };
  const refresh = async () => {
    const mine = ++generation;
    const found = await metricNames(scene);
    // A newer time range or datasource answered meanwhile; this answer is stale.
    if (mine !== generation || !found) {
      return;
    }
    names = found;
    show();
  };
  const timeSub = sceneGraph.getTimeRange(scene).subscribeToState((next, prev) => {
    if (next.value !== prev.value) {
      refresh();
    }
  });
  const subscriptions = [timeSub, onValueChange(scene, VAR_DATASOURCE, refresh), onValueChange(scene, VAR_PROXY, show)];
  show();
  refresh();
  return () => {
    generation++;
    subscriptions.forEach((s) => s?.unsubscribe());
  };
}

function onValueChange(scene: SceneObject, name: string, then: () => void) {
  return sceneGraph.lookupVariable(name, scene)?.subscribeToState((next, prev) => {
    if ((next as { value?: unknown }).value !== (prev as { value?: unknown }).value) {
      then();
    }
  });
}

function explainEmptyPanels(scene: SceneObject, names: Set<string>): void {
  for (const panel of sceneGraph.findAllObjects(scene, (o) => o instanceof VizPanel) as VizPanel[]) {
    const query = catalogueQueryOf(panel.state.$data);
    if (!query) {
      continue;
    }
    const noValue = missingMetricText(query, { absent: query.metrics.filter((m) => !names.has(m)) });
    const { fieldConfig } = panel.state;
    if (fieldConfig.defaults.noValue !== noValue) {
      panel.setState({ fieldConfig: { ...fieldConfig, defaults: { ...fieldConfig.defaults, noValue } } });
    }
  }
}

async function metricNames(scene: SceneObject): Promise<Set<string> | undefined> {
  try {
    const uid = sceneGraph.interpolate(scene, VAR_DATASOURCE_EXPR);
    const ds = await getDataSourceSrv().get({ uid, type: 'prometheus' });
    if (!ds.metricFindQuery) {
      return undefined;
    }
    const range = sceneGraph.getTimeRange(scene).state.value;
    const values = await ds.metricFindQuery(METRIC_NAMES_QUERY, { range });
    return new Set(values.map((v) => String(v.text)));
  } catch {
    // Without the list the panels keep their static guidance; the panels themselves report a datasource error.
    return undefined;
  }
}
