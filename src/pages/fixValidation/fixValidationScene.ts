import { EmbeddedScene, SceneFlexItem, SceneFlexLayout, SceneTimeRange } from '@grafana/scenes';
import { pageControls } from '../pageControls';
import { FixLayer } from '../../timeline/fixLayer';
import type { VariableDefaults } from '../connectionHealth/connectionHealthVariables';
import { CRITERION_IDS } from '../../fixValidation/types';
import { rowHeight } from '../../panels/gridLayout';
import { CHARTS_ITEM_KEY, chartsAfterVerdict } from './chartsAfterVerdict';
import { criterionCharts } from './criterionCharts';
import { FixTimeScene } from './FixTimeScene';
import { VERDICT_ITEM_KEY, followFixTime } from './followFixTime';
import { namespacesFollowServices } from './namespacesFollowServices';
import { prefetchVerdictPanel } from './prefetchVerdictPanel';
import { verdictPanel } from './verdictPanel';
import { fixValidationVariables } from './fixValidationVariables';

// Grid units are 30 px; the charts' grid has no row header.
const CHARTS_HEIGHT_PX = (rowHeight(CRITERION_IDS.length) - 1) * 30;

/**
 * "Did the fix work?": the fix time (typed, from the URL, or the rollout found in the time range), the verdict panel
 * and the criteria before and after. The time range is where the fix is looked for; the charts show both windows.
 */
export function fixValidationScene(defaults: VariableDefaults = {}): EmbeddedScene {
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-42d', to: 'now' }),
    $variables: fixValidationVariables(defaults),
    $behaviors: [prefetchVerdictPanel, namespacesFollowServices, followFixTime, chartsAfterVerdict],
    controls: pageControls(['5m', '15m', '1h']),
    body: new SceneFlexLayout({
      direction: 'column',
      children: [
        new SceneFlexItem({ body: new FixTimeScene() }),
        new SceneFlexItem({ key: VERDICT_ITEM_KEY, minHeight: 720, isHidden: true, body: verdictPanel() }),
        new SceneFlexItem({
          key: CHARTS_ITEM_KEY,
          minHeight: CHARTS_HEIGHT_PX,
          isHidden: true,
          body: criterionCharts(new FixLayer({ syncUrl: false })),
        }),
      ],
    }),
  });
}
