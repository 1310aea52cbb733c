import type { DataFrame } from '@grafana/data';
import { sceneGraph } from '@grafana/scenes';
import { CatalogueAnnotationLayer } from './catalogueAnnotationLayer';
import { rolloutsInRange } from './frameReaders';
import { roiResolution, rolloutsTarget } from './layerTargets';
import { deploymentEvents, type TimelineEvent } from './timelineEvents';

export class DeploymentsLayer extends CatalogueAnnotationLayer {
  constructor() {
    super(
      {
        name: 'Deployments',
        description: 'Rollouts: a new ReplicaSet of a Deployment (kube-state-metrics kube_replicaset_created).',
        targets: [rolloutsTarget()],
      },
      roiResolution
    );
  }

  protected toEvents(frames: DataFrame[]): TimelineEvent[] {
    return deploymentEvents(rolloutsInRange(frames, 'rollouts', sceneGraph.getTimeRange(this).state.value));
  }
}
