import type { DataFrame } from '@grafana/data';
import { catalogueTarget } from '../panels/catalogueTarget';
import { REVENUE_PANEL_MIN_INTERVAL, getQuery } from '../queries';
import { CatalogueAnnotationLayer } from './catalogueAnnotationLayer';
import { seriesByLabel } from './frameReaders';
import { restartEvents, type TimelineEvent } from './timelineEvents';

export class RestartsLayer extends CatalogueAnnotationLayer {
  constructor() {
    super(
      {
        name: 'Restarts',
        description: 'Container restarts by namespace (kube-state-metrics kube_pod_container_status_restarts_total).',
        targets: [catalogueTarget(getQuery('podRestartRate'), 'restarts')],
      },
      { maxDataPoints: 1000, minInterval: REVENUE_PANEL_MIN_INTERVAL }
    );
  }

  protected toEvents(frames: DataFrame[]): TimelineEvent[] {
    return restartEvents(seriesByLabel(frames, 'restarts', 'namespace'));
  }
}
