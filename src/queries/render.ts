import {
  ALL_VALUE_REGEX,
  DEFAULT_SERVICE_LABEL,
  VAR_INSTANCE_EXPR,
  VAR_NAMESPACE_EXPR,
  VAR_SERVICE_EXPR,
  VAR_SERVICE_LABEL_EXPR,
} from '../constants';
import type { CatalogueQuery } from './types';

export interface RenderOptions {
  serviceLabel?: string;
  /** A regex over service label values; all services by default. */
  services?: string;
  namespaces?: string;
  instances?: string;
  rateInterval?: string;
  range?: string;
}

export const DEFAULT_RENDER_OPTIONS: Required<RenderOptions> = {
  serviceLabel: DEFAULT_SERVICE_LABEL,
  services: ALL_VALUE_REGEX,
  namespaces: ALL_VALUE_REGEX,
  instances: ALL_VALUE_REGEX,
  rateInterval: '5m',
  range: '30d',
};

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;

/** Substitutes every Grafana variable so the PromQL can be pasted into Prometheus, Thanos or Mimir. */
export function renderExpr(expr: string, options: RenderOptions = {}): string {
  const o = { ...DEFAULT_RENDER_OPTIONS, ...options };
  if (!LABEL_NAME.test(o.serviceLabel)) {
    throw new Error(`Service label "${o.serviceLabel}" is not a valid Prometheus label name`);
  }
  for (const [name, value] of [
    ['rate interval', o.rateInterval],
    ['range', o.range],
  ]) {
    if (!DURATION.test(value)) {
      throw new Error(`The ${name} "${value}" is not a Prometheus duration (e.g. 5m, 30d)`);
    }
  }
  const rendered = expr
    .split(VAR_SERVICE_LABEL_EXPR)
    .join(o.serviceLabel)
    .split(VAR_SERVICE_EXPR)
    .join(escapeForDoubleQuotes(o.services))
    .split(VAR_NAMESPACE_EXPR)
    .join(escapeForDoubleQuotes(o.namespaces))
    .split(VAR_INSTANCE_EXPR)
    .join(escapeForDoubleQuotes(o.instances))
    .split('$__rate_interval')
    .join(o.rateInterval)
    .split('$__range')
    .join(o.range);
  const leftover = rendered.match(/\$\{?[A-Za-z_][A-Za-z0-9_:]*\}?/);
  if (leftover) {
    throw new Error(`Unresolved Grafana variable ${leftover[0]} in: ${expr}`);
  }
  return rendered;
}

export function renderQuery(query: CatalogueQuery, options: RenderOptions = {}): CatalogueQuery & { rendered: string } {
  return { ...query, rendered: renderExpr(query.expr, options) };
}

// A regex goes inside a PromQL double-quoted string, where backslashes and quotes must be escaped.
function escapeForDoubleQuotes(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
