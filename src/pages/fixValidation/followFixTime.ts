import { dateTime } from '@grafana/data';
import {
  SceneFlexItem,
  SceneGridLayout,
  SceneTimeRange,
  VizPanel,
  sceneGraph,
  type SceneObject,
} from '@grafana/scenes';
import type { FixValidationOptions } from '../../panels/fix-validation/options';
import { FixLayer } from '../../timeline/fixLayer';
import { CHARTS_KEY } from './criterionCharts';
import { FixTimeScene } from './FixTimeScene';
import { VERDICT_PANEL_KEY } from './verdictPanel';

export const VERDICT_ITEM_KEY = 'fix-verdict-item';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function setPanelOptions(panel: VizPanel<FixValidationOptions>, options: Partial<FixValidationOptions>) {
  // Before the panel plugin has loaded there are no option defaults to merge: the plugin applies them on load.
  if (panel.getPlugin()) {
    panel.onOptionsChange(options);
  } else {
    panel.setState({ options: { ...panel.state.options, ...options } });
  }
}

function setRange(range: SceneTimeRange, from: number, to: number) {
  const value = { from: dateTime(from), to: dateTime(to) };
  range.onTimeRangeChange({ ...value, raw: value });
}

/**
 * Scene behaviour: the fix time (typed or found) drives the verdict panel, the fix line on the charts and the charts'
 * range (both windows). Without one the verdict is hidden (the page says why) and the charts show the time range.
 */
export function followFixTime(scene: SceneObject): () => void {
  const fixTime = sceneGraph.findObject(scene, (o) => o instanceof FixTimeScene) as FixTimeScene;
  const panel = sceneGraph.findByKey(scene, VERDICT_PANEL_KEY) as VizPanel<FixValidationOptions>;
  const item = sceneGraph.findByKey(scene, VERDICT_ITEM_KEY) as SceneFlexItem;
  const charts = sceneGraph.findByKey(scene, CHARTS_KEY) as SceneGridLayout;
  const fixLayer = sceneGraph.findObject(charts, (o) => o instanceof FixLayer) as FixLayer;
  const chartRange = charts.state.$timeRange as SceneTimeRange;
  const pageRange = sceneGraph.getTimeRange(scene);

  const apply = () => {
    const resolved = fixTime.resolved();
    const fixAt = 'problem' in resolved ? undefined : resolved.fixAt;
    const { fixAt: typed, before, after } = fixTime.state;
    setPanelOptions(panel, { fixAt: typed || (fixAt === undefined ? '' : iso(fixAt)), before, after });
    item.setState({ isHidden: typed === '' && fixAt === undefined });
    if (fixLayer.state.fixAt !== fixAt) {
      fixLayer.setState({ fixAt });
    }
    if (fixAt !== undefined && !('problem' in resolved)) {
      setRange(chartRange, fixAt - resolved.beforeMs, Math.min(Date.now(), fixAt + resolved.afterMs));
    } else {
      const { from, to } = pageRange.state.value;
      setRange(chartRange, from.valueOf(), to.valueOf());
    }
  };
  apply();
  const fixSub = fixTime.subscribeToState(apply);
  const rangeSub = pageRange.subscribeToState(apply);
  return () => {
    fixSub.unsubscribe();
    rangeSub.unsubscribe();
  };
}
