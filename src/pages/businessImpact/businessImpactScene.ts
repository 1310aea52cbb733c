import {
  EmbeddedScene,
  PanelBuilders,
  SceneDataTransformer,
  SceneFlexItem,
  SceneFlexLayout,
  SceneTimeRange,
  VizPanel,
} from '@grafana/scenes';
import { pageControls } from '../pageControls';
import { REVENUE_PANEL_ID } from '../../constants';
import { revenueImpactQueryRunner } from '../../panels/revenueImpactQueryRunner';
import { connectionHealthVariables, type VariableDefaults } from '../connectionHealth/connectionHealthVariables';
import { burstMarkers } from './burstMarkers';
import { WhatIfAssumptionsScene } from './whatIfAssumptionsScene';

export const ROI_PANEL_KEY = 'roi-panel';

function burstSeriesPanel(): VizPanel {
  return PanelBuilders.timeseries()
    .setTitle('Upstream 5xx ratio, bursts marked')
    .setDescription(
      'Each service’s 5xx ÷ requests; the red filled stretches are the bursts the ROI panel counts (ratio well above the service’s own baseline for 5+ minutes). A rolling deployment moves traffic without raising the ratio, so it is not marked. Next: open the Stream 2 page at a burst’s time.'
    )
    .setUnit('percentunit')
    .setData(new SceneDataTransformer({ transformations: [burstMarkers] }))
    .build();
}

/** Leadership view: what the bursts in the range cost and what the fix returns, with what-if assumptions. */
export function businessImpactScene(defaults: VariableDefaults = {}): EmbeddedScene {
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-30d', to: 'now' }),
    $variables: connectionHealthVariables(defaults),
    $data: revenueImpactQueryRunner(),
    controls: pageControls(['5m', '15m', '1h']),
    body: new SceneFlexLayout({
      direction: 'column',
      children: [
        new SceneFlexItem({ body: new WhatIfAssumptionsScene({ values: {}, panelKey: ROI_PANEL_KEY }) }),
        new SceneFlexItem({
          minHeight: 720,
          body: new VizPanel({
            key: ROI_PANEL_KEY,
            pluginId: REVENUE_PANEL_ID,
            title: 'Revenue impact of 5xx bursts',
            options: {},
          }),
        }),
        new SceneFlexItem({ minHeight: 320, body: burstSeriesPanel() }),
      ],
    }),
  });
}
