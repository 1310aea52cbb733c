import { getQuery } from './catalogue';
import {
  CLASS_5XX,
  DESTROY_REMOTE,
  DESTROY_REMOTE_ACTIVE,
  DOWNSTREAM_RQ_TOTAL,
  DOWNSTREAM_RQ_XX,
  RESTARTS,
  RETRY,
  RETRY_SUCCESS,
  RQ_TIME_BUCKET,
  RQ_TOTAL,
  RQ_XX,
  RX_RESET,
} from './metricNames';
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

export interface RuleGroup<R> {
  name: string;
  interval: string;
  rules: R[];
}

export const renderForRules = (expr: string) =>
  renderExpr(expr, { serviceLabel: RULES_SERVICE_LABEL, rateInterval: '5m' });

/** level:metric:operations names (Prometheus' recording-rule convention). */
export const RECORDED = {
  errors5m: `${RULES_SERVICE_LABEL}:${RQ_XX}_5xx:rate5m`,
  requests5m: `${RULES_SERVICE_LABEL}:${RQ_XX}:rate5m`,
  upstreamRequests5m: `${RULES_SERVICE_LABEL}:${RQ_TOTAL}:rate5m`,
  downstreamRequests5m: `${RULES_SERVICE_LABEL}:${DOWNSTREAM_RQ_TOTAL}:rate5m`,
  downstreamErrors5m: `${RULES_SERVICE_LABEL}:${DOWNSTREAM_RQ_XX}_5xx:rate5m`,
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

export function recordingRuleGroups(): Array<RuleGroup<RecordingRule>> {
  const fast: RecordingRule[] = [
    { record: RECORDED.errors5m, expr: renderForRules(getQuery('upstream5xxRate').expr) },
    { record: RECORDED.requests5m, expr: renderForRules(serviceRate(RQ_XX)) },
    {
      record: RECORDED.errorRatio5m,
      expr: renderForRules(guardedServiceRatio(RECORDED.errors5m, RECORDED.requests5m, MIN_REQUESTS_PER_SECOND)),
    },
    // The ROI panel's traffic inputs, so the Business impact page can read a month without raw samples.
    { record: RECORDED.upstreamRequests5m, expr: renderForRules(getQuery('upstreamRequestRate').expr) },
    { record: RECORDED.downstreamRequests5m, expr: renderForRules(getQuery('downstreamPageRate').expr) },
    // What users saw (the ROI panel's measured user-visible share), read for a month like the other inputs.
    { record: RECORDED.downstreamErrors5m, expr: renderForRules(getQuery('downstream5xxRate').expr) },
    { record: RECORDED.remoteActive5m, expr: renderForRules(serviceRate(DESTROY_REMOTE_ACTIVE)) },
    { record: RECORDED.remote5m, expr: renderForRules(serviceRate(DESTROY_REMOTE)) },
    { record: RECORDED.retrySuccess5m, expr: renderForRules(serviceRate(RETRY_SUCCESS)) },
    { record: RECORDED.retry5m, expr: renderForRules(getQuery('retryRate').expr) },
    { record: RECORDED.rxReset5m, expr: renderForRules(getQuery('rxResetRate').expr) },
    {
      record: RECORDED.latencyBuckets5m,
      expr: renderForRules(sumBy(`le, ${BY_SERVICE}`, rate(RQ_TIME_BUCKET, matchers(SERVICE_MATCHER)))),
    },
    { record: RECORDED.latencyP99, expr: `histogram_quantile(0.99, ${RECORDED.latencyBuckets5m})` },
    { record: RECORDED.latencyP50, expr: `histogram_quantile(0.5, ${RECORDED.latencyBuckets5m})` },
  ];
  // Hourly increases: a 30-day volume becomes a sum over 720 recorded points instead of a month of raw samples.
  const hourly: RecordingRule[] = [
    {
      record: RECORDED.errors1h,
      expr: renderForRules(sumBy(BY_SERVICE, `increase(${RQ_XX}${matchers(CLASS_5XX, SERVICE_MATCHER)}[1h])`)),
    },
    { record: RECORDED.restarts1h, expr: sumBy('namespace, pod', `increase(${RESTARTS}[1h])`) },
  ];
  return [
    { name: 'connection-health-5m', interval: '1m', rules: fast },
    { name: 'connection-health-1h', interval: '1h', rules: hourly },
  ];
}

/** Catalogue panels answered from the recordings instead (the query bench compares both). */
export const RULE_BACKED_QUERIES: Record<string, string> = {
  upstream5xxVolume: `sort_desc(sum_over_time(${RECORDED.errors1h}[30d]))`,
  podRestartsByPod: `sort_desc(sum_over_time(${RECORDED.restarts1h}[30d]) > 0)`,
  upstream5xxRate: RECORDED.errors5m,
  upstream5xxRatio: RECORDED.errorRatio5m,
  // One second short of a day: 24 hourly points on every engine (Prometheus 2.x's closed [1d] takes 25 on the hour).
  upstream5xxDailyRate: `sum_over_time(${RECORDED.errors1h}[86399s]) / 86400`,
  remoteCloseWithActiveRqRatio: renderForRules(
    guardedServiceRatio(RECORDED.remoteActive5m, RECORDED.remote5m, MIN_REMOTE_CLOSES_PER_SECOND)
  ),
  retrySuccessRatio: renderForRules(
    guardedServiceRatio(RECORDED.retrySuccess5m, RECORDED.retry5m, MIN_RETRIES_PER_SECOND)
  ),
  rxResetRate: RECORDED.rxReset5m,
  retryRate: RECORDED.retry5m,
  upstreamRequestRate: RECORDED.upstreamRequests5m,
  downstreamPageRate: RECORDED.downstreamRequests5m,
  downstream5xxRate: RECORDED.downstreamErrors5m,
  upstreamLatencyP99: RECORDED.latencyP99,
  upstreamLatencyP50: RECORDED.latencyP50,
};
