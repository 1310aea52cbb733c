import { KUBE_STATE_METRICS_ROLLOUTS } from '../providers';
import { NAMESPACE_MATCHER, RANGE, RATE_INTERVAL, matchers, sumBy } from '../selectors';
import { proxyIndependent } from '../proxyEntry';
import type { CatalogueEntry } from '../types';
import { DEPLOYMENT_OBSERVED_GENERATION, REPLICASET_CREATED, REPLICASET_OWNER } from '../metricNames';

const overRange = (metric: string, ...extra: string[]) =>
  `max_over_time(${metric}${matchers(...extra, NAMESPACE_MATCHER)}[${RANGE}])`;

// Rollouts for fix validation and the timeline: a new ReplicaSet is a new pod template (a scale-only change bumps the
// deployment's generation but makes no ReplicaSet), so the ReplicaSet's creation time is the rollout time.
export const deploymentQueries: CatalogueEntry[] = [
  proxyIndependent({
    id: 'deploymentRollouts',
    row: 'validation',
    title: 'Deployment rollouts (new ReplicaSets)',
    description:
      'Every ReplicaSet that existed in the range, valued at its creation time (unix seconds), with the Deployment that owns it. A ReplicaSet created in the range is a rollout: new pods with a new template, the moment a fix goes live. Next: validate the fix from that time with connhealth validate --fix-at.',
    unit: 'none',
    expr: `max by (namespace, replicaset, owner_name) (${overRange(REPLICASET_CREATED)} * on (namespace, replicaset) group_left (owner_name) max by (namespace, replicaset, owner_name) (${overRange(REPLICASET_OWNER, 'owner_kind="Deployment"')}))`,
    legend: '{{namespace}}/{{owner_name}}',
    visual: 'table',
    instant: true,
    metrics: [REPLICASET_CREATED, REPLICASET_OWNER],
    provider: KUBE_STATE_METRICS_ROLLOUTS,
  }),
  proxyIndependent({
    id: 'deploymentGenerationChanges',
    row: 'validation',
    title: 'Deployment generation changes',
    description:
      'Changes of the generation the deployment controller has observed, per rate window: a spec change (image, config or replicas) being rolled out. A change just before a 5xx burst is the "5xx + crash post-deployment" pattern, not a CLOSE_WAIT burst. Next: compare the time with the burst start and the new ReplicaSet.',
    unit: 'short',
    expr: sumBy(
      'namespace, deployment',
      `changes(${DEPLOYMENT_OBSERVED_GENERATION}${matchers(NAMESPACE_MATCHER)}[${RATE_INTERVAL}])`
    ),
    legend: '{{namespace}}/{{deployment}}',
    visual: 'timeseries',
    metrics: [DEPLOYMENT_OBSERVED_GENERATION],
    provider: KUBE_STATE_METRICS_ROLLOUTS,
  }),
];
