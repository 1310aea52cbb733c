import {
  VAR_DATABASE_SERVICE_LABEL_EXPR,
  VAR_INSTANCE_EXPR,
  VAR_NAMESPACE_EXPR,
  VAR_SERVICE_EXPR,
  VAR_SERVICE_LABEL_EXPR,
} from '../constants';

// Building blocks for the catalogue only: nothing outside src/queries/ spells PromQL.
export const BY_SERVICE = VAR_SERVICE_LABEL_EXPR;
export const SERVICE_MATCHER = `${VAR_SERVICE_LABEL_EXPR}=~"${VAR_SERVICE_EXPR}"`;
// Database exporter targets name their owning service with their own label (the database service label).
export const BY_DATABASE_SERVICE = VAR_DATABASE_SERVICE_LABEL_EXPR;
export const DATABASE_SERVICE_MATCHER = `${VAR_DATABASE_SERVICE_LABEL_EXPR}=~"${VAR_SERVICE_EXPR}"`;
export const NAMESPACE_MATCHER = `namespace=~"${VAR_NAMESPACE_EXPR}"`;
export const INSTANCE_MATCHER = `instance=~"${VAR_INSTANCE_EXPR}"`;
export const RATE_INTERVAL = '$__rate_interval';
export const RANGE = '$__range';

// Volume guards: a ratio over a handful of events is noise, not a crisis (1 of 2 failing is not 50%).
export const MIN_REQUESTS_PER_SECOND = 1;
export const MIN_REMOTE_CLOSES_PER_SECOND = 0.05;
export const MIN_RETRIES_PER_SECOND = 0.05;

export function matchers(...parts: string[]): string {
  return `{${parts.filter(Boolean).join(', ')}}`;
}

export function rate(metric: string, selector: string, window = RATE_INTERVAL): string {
  return `rate(${metric}${selector}[${window}])`;
}

export function sumBy(by: string, inner: string): string {
  return `sum by (${by}) (${inner})`;
}

export function serviceRate(metric: string, extraMatcher = ''): string {
  return sumBy(BY_SERVICE, rate(metric, matchers(extraMatcher, SERVICE_MATCHER)));
}

/** numerator ÷ denominator per service, kept only where the denominator clears the volume guard. */
export function guardedServiceRatio(numerator: string, denominator: string, minPerSecond: number): string {
  return `(${numerator} / ${denominator}) and on (${BY_SERVICE}) (${denominator} > ${minPerSecond})`;
}

export function serviceQuantile(quantile: number, bucketMetric: string, window = RATE_INTERVAL): string {
  return `histogram_quantile(${quantile}, ${sumBy(`le, ${BY_SERVICE}`, rate(bucketMetric, matchers(SERVICE_MATCHER), window))})`;
}

// Seed 004: a host ejected and readmitted repeatedly is flapping; three ejections within an hour is "repeatedly".
export const FLAPPING_EJECTIONS = 3;
export const FLAPPING_WINDOW = '1h';
