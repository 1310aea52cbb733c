import { SceneFlexItem, VizPanel, sceneGraph, type SceneObject } from '@grafana/scenes';
import { hasAnswered } from '../../panels/fix-validation/firstAnswer';
import { FixTimeScene } from './FixTimeScene';
import { VERDICT_PANEL_KEY } from './verdictPanel';

export const CHARTS_ITEM_KEY = 'fix-charts-item';

/**
 * Scene behaviour: the charts stay hidden (no queries, nothing drawn) until the verdict panel shows its first answer,
 * or there is none to wait for; Grafana runs 5 data requests at a time and the charts' would queue ahead of it.
 */
export function chartsAfterVerdict(scene: SceneObject): () => void {
  const fixTime = sceneGraph.findObject(scene, (o) => o instanceof FixTimeScene) as FixTimeScene;
  const panel = sceneGraph.findByKey(scene, VERDICT_PANEL_KEY) as VizPanel;
  const chartsItem = sceneGraph.findByKey(scene, CHARTS_ITEM_KEY) as SceneFlexItem;

  const waiting = () => {
    const { fixAt: typed, search } = fixTime.state;
    if (typed === '' && (search.status === 'idle' || search.status === 'searching')) {
      return true;
    }
    // followFixTime's rule for showing the verdict panel: a typed fix time, or one found.
    const resolved = fixTime.resolved();
    const verdictComing = typed !== '' || ('fixAt' in resolved && resolved.fixAt !== undefined);
    const { _pluginInstanceState, _pluginLoadError } = panel.state;
    return verdictComing && !hasAnswered(_pluginInstanceState) && !_pluginLoadError;
  };
  const update = () => {
    const hidden = chartsItem.state.isHidden === true;
    // Once shown they stay: a new fix time must not make the charts flash.
    if (hidden && !waiting()) {
      chartsItem.setState({ isHidden: false });
    }
  };
  const subs = [fixTime, panel].map((o) => o.subscribeToState(update));
  update();
  return () => subs.forEach((s) => s.unsubscribe());
}
