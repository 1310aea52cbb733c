import type { DataFrame } from '@grafana/data';
import { sceneGraph } from '@grafana/scenes';
import { detectBursts } from '../impact';
import { catalogueTarget } from '../panels/catalogueTarget';
import { framesToLiveSeries } from '../panels/revenue-impact/framesToLiveSeries';
import { REVENUE_PANEL_TARGETS, getQuery } from '../queries';
import { CatalogueAnnotationLayer } from './catalogueAnnotationLayer';
import { rolloutsInRange } from './frameReaders';
import { roiResolution, rolloutsTarget } from './layerTargets';
import { burstEvents, type TimelineEvent } from './timelineEvents';

const burstTargets = () => [
  ...REVENUE_PANEL_TARGETS.filter((t) => t.refId === 'errors' || t.refId === 'requests').map((t) =>
    catalogueTarget(getQuery(t.queryId), t.refId)
  ),
  rolloutsTarget(),
];

/** Bursts from the ROI panel's detection, labelled when they follow a rollout of their service. */
export class BurstsLayer extends CatalogueAnnotationLayer {
  constructor() {
    super(
      {
        name: 'Bursts',
        description:
          '5xx bursts found by the ROI panel’s detection; “after a deployment” when a rollout preceded them.',
        targets: burstTargets(),
      },
      roiResolution
    );
  }

  protected toEvents(frames: DataFrame[]): TimelineEvent[] {
    const rollouts = rolloutsInRange(frames, 'rollouts', sceneGraph.getTimeRange(this).state.value);
    return burstEvents(detectBursts(framesToLiveSeries(frames)), rollouts);
  }
}
