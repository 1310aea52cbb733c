import { PLUGIN_BASE_URL, ROUTES, VAR_INSTANCE, VAR_SERVICE } from '../constants';
import { getQuery } from './catalogue';
import { renderExpr } from './render';
import {
  BY_SERVICE,
  MIN_REMOTE_CLOSES_PER_SECOND,
  MIN_REQUESTS_PER_SECOND,
  MIN_RETRIES_PER_SECOND,
  SERVICE_MATCHER,
  guardedServiceRatio,
  matchers,
  rate,
  serviceRate,
  sumBy,
} from './selectors';

// Recording and alert rules for Prometheus, built from the catalogue's own building blocks and rendered
// with a concrete service label: rules cannot take a Grafana variable.
export const RULES_SERVICE_LABEL = 'source';

export interface RecordingRule {
  record: string;
  expr: string;
}

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface RuleGroup<R> {
  name: string;
  interval: string;
  rules: R[];
}

const render = (expr: string) => renderExpr(expr, { serviceLabel: RULES_SERVICE_LABEL, rateInterval: '5m' });
const metric = (queryId: string, index = 0) => getQuery(queryId).metrics[index];

const RQ_XX = metric('upstream5xxRate');
const DESTROY_REMOTE_ACTIVE = metric('remoteCloseWithActiveRqRatio', 0);
const DESTROY_REMOTE = metric('remoteCloseWithActiveRqRatio', 1);
const RETRY_SUCCESS = metric('retrySuccessRatio', 0);
const RETRY = metric('retrySuccessRatio', 1);
const RX_RESET = metric('rxResetRate');
const RQ_TIME_BUCKET = metric('upstreamLatencyP99');
const RESTARTS = metric('podRestartRate');
const TCP_STATES = metric('closeWaitSockets');

/** level:metric:operations names (Prometheus' recording-rule convention). */
export const RECORDED = {
  errors5m: `${RULES_SERVICE_LABEL}:${RQ_XX}_5xx:rate5m`,
  requests5m: `${RULES_SERVICE_LABEL}:${RQ_XX}:rate5m`,
  errorRatio5m: `${RULES_SERVICE_LABEL}:${RQ_XX}_5xx:ratio_rate5m`,
  remoteActive5m: `${RULES_SERVICE_LABEL}:${DESTROY_REMOTE_ACTIVE}:rate5m`,
  remote5m: `${RULES_SERVICE_LABEL}:${DESTROY_REMOTE}:rate5m`,
  retrySuccess5m: `${RULES_SERVICE_LABEL}:${RETRY_SUCCESS}:rate5m`,
  retry5m: `${RULES_SERVICE_LABEL}:${RETRY}:rate5m`,
  rxReset5m: `${RULES_SERVICE_LABEL}:${RX_RESET}:rate5m`,
  latencyBuckets5m: `le_${RULES_SERVICE_LABEL}:${RQ_TIME_BUCKET}:rate5m`,
  latencyP99: `${RULES_SERVICE_LABEL}:${RQ_TIME_BUCKET.replace(/_bucket$/, '')}:p99_rate5m`,
  latencyP50: `${RULES_SERVICE_LABEL}:${RQ_TIME_BUCKET.replace(/_bucket$/, '')}:p50_rate5m`,
  errors1h: `${RULES_SERVICE_LABEL}:${RQ_XX}_5xx:increase1h`,
  restarts1h: `namespace_pod:${RESTARTS}:increase1h`,
} as const;

const CLASS_5XX = 'envoy_response_code_class="5"';

export function recordingRuleGroups(): Array<RuleGroup<RecordingRule>> {
  const fast: RecordingRule[] = [
    { record: RECORDED.errors5m, expr: render(getQuery('upstream5xxRate').expr) },
    { record: RECORDED.requests5m, expr: render(serviceRate(RQ_XX)) },
    {
      record: RECORDED.errorRatio5m,
      expr: render(guardedServiceRatio(RECORDED.errors5m, RECORDED.requests5m, MIN_REQUESTS_PER_SECOND)),
    },
    { record: RECORDED.remoteActive5m, expr: render(serviceRate(DESTROY_REMOTE_ACTIVE)) },
    { record: RECORDED.remote5m, expr: render(serviceRate(DESTROY_REMOTE)) },
    { record: RECORDED.retrySuccess5m, expr: render(serviceRate(RETRY_SUCCESS)) },
    { record: RECORDED.retry5m, expr: render(getQuery('retryRate').expr) },
    { record: RECORDED.rxReset5m, expr: render(getQuery('rxResetRate').expr) },
    {
      record: RECORDED.latencyBuckets5m,
      expr: render(sumBy(`le, ${BY_SERVICE}`, rate(RQ_TIME_BUCKET, matchers(SERVICE_MATCHER)))),
    },
    { record: RECORDED.latencyP99, expr: `histogram_quantile(0.99, ${RECORDED.latencyBuckets5m})` },
    { record: RECORDED.latencyP50, expr: `histogram_quantile(0.5, ${RECORDED.latencyBuckets5m})` },
  ];
  // Hourly increases: a 30-day volume becomes a sum over 720 recorded points instead of a month of raw samples.
  const hourly: RecordingRule[] = [
    {
      record: RECORDED.errors1h,
      expr: render(sumBy(BY_SERVICE, `increase(${RQ_XX}${matchers(CLASS_5XX, SERVICE_MATCHER)}[1h])`)),
    },
    { record: RECORDED.restarts1h, expr: sumBy('namespace, pod', `increase(${RESTARTS}[1h])`) },
  ];
  return [
    { name: 'connection-health-5m', interval: '1m', rules: fast },
    { name: 'connection-health-1h', interval: '1h', rules: hourly },
  ];
}

/** The 30-day summaries answered from the hourly recordings (the bench compares them with the raw queries). */
export const RULE_BACKED_SUMMARIES = {
  upstream5xxVolume: `sort_desc(sum_over_time(${RECORDED.errors1h}[30d]))`,
  podRestartsByPod: `sort_desc(sum_over_time(${RECORDED.restarts1h}[30d]) > 0)`,
  upstreamLatencyP99: RECORDED.latencyP99,
} as const;

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
        `(${render(guardedServiceRatio(RECORDED.remoteActive5m, RECORDED.remote5m, MIN_REMOTE_CLOSES_PER_SECOND))}) > ${REMOTE_ACTIVE_RATIO}`
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
        `((${render(guardedServiceRatio(RECORDED.retrySuccess5m, RECORDED.retry5m, MIN_RETRIES_PER_SECOND))}) < ${RETRY_SUCCESS_COLLAPSED}) and on (${RULES_SERVICE_LABEL}) (${RECORDED.retry5m} > ${RETRY_GROWTH} * (${RECORDED.retry5m} offset 1h))`
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
  ];
  return [{ name: 'connection-health-alerts', interval: '1m', rules }];
}
