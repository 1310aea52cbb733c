import { getDataSourceSrv } from '@grafana/runtime';
import { VizPanel, sceneGraph, type SceneObject } from '@grafana/scenes';
import { VAR_DATASOURCE, VAR_DATASOURCE_EXPR } from '../../constants';
import { METRIC_NAMES_QUERY, getQuery } from '../../queries';
import { catalogueIdOf } from '../../panels/catalogueQueryRunner';
import { missingMetricText } from '../../panels/missingMetricText';

/**
 * Scene behaviour: asks the datasource once per time range (and datasource) which metric names it has,
 * so an empty panel can say "not scraped, install X" or "scraped, nothing matched" instead of guessing.
 */
export function metricPresence(scene: SceneObject): () => void {
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation;
    const names = await metricNames(scene);
    // A newer time range or datasource answered meanwhile; this answer is stale.
    if (mine !== generation || !names) {
      return;
    }
    for (const panel of sceneGraph.findAllObjects(scene, (o) => o instanceof VizPanel) as VizPanel[]) {
      const id = catalogueIdOf(panel.state.$data);
      if (!id) {
        continue;
      }
      const query = getQuery(id);
      const noValue = missingMetricText(query, { absent: query.metrics.filter((m) => !names.has(m)) });
      const { fieldConfig } = panel.state;
      if (fieldConfig.defaults.noValue !== noValue) {
        panel.setState({ fieldConfig: { ...fieldConfig, defaults: { ...fieldConfig.defaults, noValue } } });
      }
    }
  };
  const timeSub = sceneGraph.getTimeRange(scene).subscribeToState((next, prev) => {
    if (next.value !== prev.value) {
      refresh();
    }
  });
  const datasource = sceneGraph.lookupVariable(VAR_DATASOURCE, scene);
  const dsSub = datasource?.subscribeToState((next, prev) => {
    if ((next as { value?: unknown }).value !== (prev as { value?: unknown }).value) {
      refresh();
    }
  });
  refresh();
  return () => {
    generation++;
    timeSub.unsubscribe();
    dsSub?.unsubscribe();
  };
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
