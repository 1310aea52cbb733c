import { catalogueTarget } from '../panels/catalogueTarget';
import { REVENUE_PANEL_MAX_DATA_POINTS, REVENUE_PANEL_MIN_INTERVAL, getQuery } from '../queries';

// The ROI panel's resolution: the bursts marked are the ones the Business impact page counts for the same range.
export const ROI_RESOLUTION = { maxDataPoints: REVENUE_PANEL_MAX_DATA_POINTS, minInterval: REVENUE_PANEL_MIN_INTERVAL };

// kube-state-metrics' ReplicaSets (kube_replicaset_created × kube_replicaset_owner): one series per rollout.
export const rolloutsTarget = () => ({
  ...catalogueTarget(getQuery('deploymentRollouts'), 'rollouts'),
  format: 'time_series' as const,
});
