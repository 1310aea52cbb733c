import { SceneGridItem, SceneGridLayout, SceneTimeRange } from '@grafana/scenes';
import { CRITERION_IDS } from '../../fixValidation/types';
import { cataloguePanel } from '../../panels/cataloguePanel';
import { panelGridPosition } from '../../panels/gridLayout';
import { getQuery } from '../../queries';
import type { FixLayer } from '../../timeline/fixLayer';
import { timelineLayers } from '../../timeline/timelineLayers';
import { CRITERION_CHARTS } from './fixValidationPanelText';

export { CRITERION_CHARTS };

export const CHARTS_KEY = 'fix-charts';

/**
 * Before and after, one chart per criterion, over both windows (their own time range, set from the fix), with the
 * timeline's bursts, deployments, restarts and the fix drawn on each. Lazy: charts below the fold wait to be seen.
 */
export function criterionCharts(fix: FixLayer): SceneGridLayout {
  return new SceneGridLayout({
    key: CHARTS_KEY,
    isLazy: true,
    isDraggable: false,
    isResizable: false,
    $timeRange: new SceneTimeRange({ from: 'now-42d', to: 'now' }),
    $data: timelineLayers(fix),
    children: CRITERION_IDS.map((id, index) => {
      const { x, y, w, h } = panelGridPosition(index, 0);
      return new SceneGridItem({
        key: `chart-${id}`,
        x,
        y,
        width: w,
        height: h,
        isDraggable: false,
        isResizable: false,
        body: cataloguePanel(getQuery(CRITERION_CHARTS[id])),
      });
    }),
  });
}
