import {
  EmbeddedScene,
  SceneControlsSpacer,
  SceneDataLayerControls,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
  VariableValueSelectors,
} from '@grafana/scenes';
import { timelineLayers } from '../../timeline/timelineLayers';
import { connectionHealthRows } from './connectionHealthRows';
import { metricPresence } from './metricPresence';
import { connectionHealthVariables, type VariableDefaults } from './connectionHealthVariables';

export function connectionHealthScene(defaults: VariableDefaults = {}): EmbeddedScene {
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-6h', to: 'now' }),
    $variables: connectionHealthVariables(defaults, { proxyChooser: true }),
    $behaviors: [metricPresence],
    // Bursts, deployments, restarts and a fix (fixAt in the URL) drawn on every time series panel.
    $data: timelineLayers(),
    controls: [
      new VariableValueSelectors({}),
      new SceneDataLayerControls(),
      new SceneControlsSpacer(),
      new SceneTimePicker({ isOnCanvas: true }),
      new SceneRefreshPicker({ intervals: ['30s', '1m', '5m', '15m'], isOnCanvas: true }),
    ],
    body: connectionHealthRows(),
  });
}
