import {
  ALL_VALUE_REGEX,
  DEFAULT_SERVICE_LABEL,
  VAR_DATABASE_SERVICE_LABEL_EXPR,
  VAR_INSTANCE_EXPR,
  VAR_NAMESPACE_EXPR,
  VAR_SERVICE_EXPR,
  VAR_SERVICE_LABEL_EXPR,
} from '../constants';
import type { CatalogueQuery } from './types';

export interface RenderOptions {
  serviceLabel?: string;
  /** The label on database exporter targets naming the owning service; the service label by default. */
  databaseServiceLabel?: string;
  /** A regex over service label values; all services by default. */
  services?: string;
  namespaces?: string;
  instances?: string;
  rateInterval?: string;
  range?: string;
}

export const DEFAULT_RENDER_OPTIONS: Required<Omit<RenderOptions, 'databaseServiceLabel'>> = {
  serviceLabel: DEFAULT_SERVICE_LABEL,
  services: ALL_VALUE_REGEX,
  namespaces: ALL_VALUE_REGEX,
  instances: ALL_VALUE_REGEX,
  rateInterval: '5m',
  range: '30d',
};

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
const VARIABLE = /\$\{[A-Za-z_][A-Za-z0-9_:]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Substitutes every Grafana variable so the PromQL can be pasted into Prometheus, Thanos or Mimir. */
export function renderExpr(expr: string, options: RenderOptions = {}): string {
  const o = { ...DEFAULT_RENDER_OPTIONS, ...options };
  const databaseServiceLabel = o.databaseServiceLabel || o.serviceLabel;
  for (const [name, label] of [
    ['Service label', o.serviceLabel],
    ['Database service label', databaseServiceLabel],
  ]) {
    if (!LABEL_NAME.test(label)) {
      throw new Error(`${name} "${label}" is not a valid Prometheus label name`);
    }
  }
  for (const [name, value] of [
    ['rate interval', o.rateInterval],
    ['range', o.range],
  ]) {
    if (!DURATION.test(value)) {
      throw new Error(`The ${name} "${value}" is not a Prometheus duration (e.g. 5m, 30d)`);
    }
  }
  const values: Record<string, string> = {
    [VAR_SERVICE_LABEL_EXPR]: o.serviceLabel,
    [VAR_DATABASE_SERVICE_LABEL_EXPR]: databaseServiceLabel,
    [VAR_SERVICE_EXPR]: escapeForDoubleQuotes(o.services),
    [VAR_NAMESPACE_EXPR]: escapeForDoubleQuotes(o.namespaces),
    [VAR_INSTANCE_EXPR]: escapeForDoubleQuotes(o.instances),
    $__rate_interval: o.rateInterval,
    $__range: o.range,
  };
  // One pass over the template: a value that holds "$__range" or "${namespace}" is never scanned again.
  return expr.replace(VARIABLE, (name) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Unresolved Grafana variable ${name} in: ${expr}`);
    }
    return value;
  });
}

export function renderQuery(query: CatalogueQuery, options: RenderOptions = {}): CatalogueQuery & { rendered: string } {
  return { ...query, rendered: renderExpr(query.expr, options) };
}

// A regex goes inside a PromQL double-quoted string (Go escapes): backslashes and quotes are escaped, and
// control characters written as \u escapes, since a raw line break ends the string.
function escapeForDoubleQuotes(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
