import { PLUGIN_BASE_URL, ROUTES, VAR_INSTANCE, VAR_SERVICE } from '../constants';
import { databaseAlerts } from './databaseAlerts';
import { loadBalancerAlerts } from './loadBalancerAlerts';
import { RESTARTS, TCP_STATES } from './metricNames';
import { RECORDED, RULES_SERVICE_LABEL, renderForRules, type RuleGroup } from './recordingRules';
import {
  MIN_REMOTE_CLOSES_PER_SECOND,
  MIN_REQUESTS_PER_SECOND,
  MIN_RETRIES_PER_SECOND,
  guardedServiceRatio,
  matchers,
  sumBy,
} from './selectors';

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

const appUrl = `${PLUGIN_BASE_URL}/${ROUTES.ConnectionHealth}`;
export const SERVICE_DASHBOARD_URL = `${appUrl}?var-${VAR_SERVICE}={{ $labels.${RULES_SERVICE_LABEL} }}`;
export const NODE_DASHBOARD_URL = `${appUrl}?var-${VAR_INSTANCE}={{ $labels.instance }}`;

const withTraffic = (expr: string) =>
  `(${expr}) and on (${RULES_SERVICE_LABEL}) (${RECORDED.requests5m} > ${MIN_REQUESTS_PER_SECOND})`;

// Seed 000 section 5 thresholds.
const REMOTE_ACTIVE_RATIO = 0.1;
const RETRY_SUCCESS_COLLAPSED = 0.1;
const RETRY_GROWTH = 2;
const BURST_RATIO = 0.01;
const CLOSE_WAIT_RISE_PER_HOUR = 50;
/** Conveyor names a service conveyor-cloud.ns.<namespace>: how a 5xx burst is joined to its pods' restarts. */
const NAMESPACE_FROM_SOURCE = String.raw`conveyor-cloud\\.ns\\.(.+)`;

export function alertRuleGroups(): Array<RuleGroup<AlertRule>> {
  const service = (summary: string, description: string) => ({
    summary,
    description,
    dashboard_url: SERVICE_DASHBOARD_URL,
  });
  const rules: AlertRule[] = [
    {
      alert: 'ConnectionHealthRemoteCloseWithActiveRequests',
      expr: withTraffic(
        `(${renderForRules(guardedServiceRatio(RECORDED.remoteActive5m, RECORDED.remote5m, MIN_REMOTE_CLOSES_PER_SECOND))}) > ${REMOTE_ACTIVE_RATIO}`
      ),
      for: '5m',
      labels: { severity: 'warning' },
      annotations: service(
        '{{ $labels.source }}: {{ $value | humanizePercentage }} of backend closes hit in-flight requests',
        'Above 10% of remote closes carry active requests: a structural close problem (CLOSE_WAIT on the backend). The ratio ignores rolling deployments, which inflate only the count. Next: ss -tan state close-wait on the backend pods.'
      ),
    },
    {
      alert: 'ConnectionHealthUpstreamResets',
      expr: withTraffic(`${RECORDED.rxReset5m} > 0`),
      for: '5m',
      labels: { severity: 'warning' },
      annotations: service(
        '{{ $labels.source }}: upstream resets on active requests ({{ $value | humanize }}/s)',
        'Envoy is reusing sockets the backend left in CLOSE_WAIT and gets RST mid-request. It should be 0 after the fix. Next: the CLOSE_WAIT Proxy row for this service.'
      ),
    },
    {
      alert: 'ConnectionHealthRetriesFailing',
      expr: withTraffic(
        `((${renderForRules(guardedServiceRatio(RECORDED.retrySuccess5m, RECORDED.retry5m, MIN_RETRIES_PER_SECOND))}) < ${RETRY_SUCCESS_COLLAPSED}) and on (${RULES_SERVICE_LABEL}) (${RECORDED.retry5m} > ${RETRY_GROWTH} * (${RECORDED.retry5m} offset 1h))`
      ),
      for: '5m',
      labels: { severity: 'warning' },
      annotations: service(
        '{{ $labels.source }}: retries climbing while almost none succeed',
        'Retries more than doubled in the last hour and under 10% succeed: they land on the same exhausted pool, add load and protect no user. Next: cap retries or add a retry budget until the leak is fixed.'
      ),
    },
    {
      alert: 'ConnectionHealthRestartToRecover',
      expr: `label_replace(max_over_time(${RECORDED.errorRatio5m}[30m]) > ${BURST_RATIO}, "namespace", "$1", "${RULES_SERVICE_LABEL}", "${NAMESPACE_FROM_SOURCE}") and on (namespace) (${sumBy('namespace', `increase(${RESTARTS}[15m])`)} > 0)`,
      for: '0m',
      labels: { severity: 'critical' },
      annotations: service(
        '{{ $labels.source }}: pods restarted right after a 5xx burst',
        'A 5xx ratio above 1% in the last 30 minutes followed by container restarts: the restart-to-recover pattern (BET target: at least 50% fewer). Next: ss -s on a sibling pod for CLOSE-WAIT before it is restarted too.'
      ),
    },
    {
      alert: 'ConnectionHealthCloseWaitClimbing',
      expr: `delta(${TCP_STATES}${matchers('state="close_wait"')}[1h]) > ${CLOSE_WAIT_RISE_PER_HOUR}`,
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: '{{ $labels.instance }}: CLOSE_WAIT sockets up {{ $value | humanize }} in an hour',
        description:
          'Sockets the peer closed and the application never did are piling up on this node: the leak that precedes a 5xx burst. Counts are host-wide. Next: ss -tanp state close-wait on the node to find the process.',
        dashboard_url: NODE_DASHBOARD_URL,
      },
    },
    ...loadBalancerAlerts(RULES_SERVICE_LABEL),
    ...databaseAlerts(RULES_SERVICE_LABEL),
  ];
  return [{ name: 'connection-health-alerts', interval: '1m', rules }];
}
