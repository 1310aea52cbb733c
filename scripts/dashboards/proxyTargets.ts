import { DEFAULT_PROXY, PROXIES, noEquivalentReason, proxyProfile, type CatalogueQuery } from '../../src/queries';
import { VAR_SERVICE_EXPR } from '../../src/constants';
import { missingMetricText } from '../../src/panels/missingMetricText';
import { DASHBOARD_VAR_BACKEND_EXPR } from './dashboardVariables';

/** A proxy other than the default filters by its own service list (`${backend}` for HAProxy) on plain dashboards. */
export function dashboardExpr(query: CatalogueQuery): string {
  return query.proxy && query.proxy !== DEFAULT_PROXY
    ? query.expr.split(VAR_SERVICE_EXPR).join(DASHBOARD_VAR_BACKEND_EXPR)
    : query.expr;
}

function proxyName(query: CatalogueQuery): string {
  return query.proxy ? proxyProfile(query.proxy).name : 'any proxy';
}

/** One description for a panel that carries several proxies' queries: the first's, then what differs for the others. */
export function combinedDescription(renderings: CatalogueQuery[], refIds: string[]): string {
  const [first, ...others] = renderings;
  const parts = others.map((q, i) => {
    const extra = q.description.startsWith(first.description)
      ? q.description.slice(first.description.length).trim()
      : q.description;
    const what = q.title === first.title ? '' : ` "${q.title}"`;
    return `${proxyName(q)} (query ${refIds[i + 1]})${what}: ${extra || 'the same signal from its exporter.'}`;
  });
  // A proxy that has no equivalent says so, and why, rather than leaving an empty panel unexplained.
  const missing = first.proxy
    ? PROXIES.filter((p) => !renderings.some((q) => q.proxy === p.id)).map(
        (p) => `${p.name}: no equivalent. ${noEquivalentReason(first.id, p.id)}`
      )
    : [];
  return [first.description, ...parts, ...missing].join('\n\n');
}

export function combinedNoValue(renderings: CatalogueQuery[]): string {
  return renderings.length === 1
    ? missingMetricText(renderings[0])
    : renderings.map((q) => `${proxyName(q)}: ${missingMetricText(q)}`).join(' ');
}
