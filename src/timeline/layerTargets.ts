import { catalogueTarget } from '../panels/catalogueTarget';
import type { TimeRange } from '@grafana/data';
import { getQuery, revenuePanelResolution } from '../queries';

// The ROI panel's resolution: the bursts marked are the ones the Business impact page counts for the same range.
export function roiResolution(range: TimeRange) {
  const { maxDataPoints, minInterval } = revenuePanelResolution((range.to.valueOf() - range.from.valueOf()) / 1000);
  return { maxDataPoints, minInterval };
}

// kube-state-metrics' ReplicaSets (kube_replicaset_created × kube_replicaset_owner): one series per rollout.
export const rolloutsTarget = () => ({
  ...catalogueTarget(getQuery('deploymentRollouts'), 'rollouts'),
  format: 'time_series' as const,
});
