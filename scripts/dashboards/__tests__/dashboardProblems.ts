import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import { renderingsOf } from '../../../src/queries';
import { dashboardExpr } from '../proxyTargets';

const DATASOURCE_REF = JSON.stringify({ type: 'prometheus', uid: '${datasource}' });
// Fixed windows by design: the seed's daily burst pattern (seed 000 section 6) and seed 004's flapping hour.
const FIXED_WINDOWS: Record<string, string> = { upstream5xxDailyRate: '1d', flappingHosts: '1h' };

function isRow(panel: Panel | RowPanel): panel is RowPanel {
  return panel.type === 'row';
}

function datasourceProblems(node: unknown, where: string): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((child, i) => datasourceProblems(child, `${where}[${i}]`));
  }
  if (!node || typeof node !== 'object') {
    return [];
  }
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === 'datasource' && JSON.stringify(value) !== DATASOURCE_REF) {
      return [`${where}.datasource is ${JSON.stringify(value)}, not the \${datasource} variable`];
    }
    return datasourceProblems(value, `${where}.${key}`);
  });
}

const fixedWindowExprs = () =>
  new Map(
    Object.entries(FIXED_WINDOWS).flatMap(([id, window]) => renderingsOf(id).map((q) => [dashboardExpr(q), window]))
  );

function rangeProblems(panel: Panel): string[] {
  const fixed = fixedWindowExprs();
  return (panel.targets ?? []).flatMap((target) => {
    const expr = String(target.expr);
    const expected = target.instant ? '$__range' : '$__rate_interval';
    const windows = [...expr.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    return windows
      .filter((window) => window !== expected && fixed.get(expr) !== window)
      .map((window) => `"${panel.title}" ${target.refId}: range [${window}] should be [${expected}]`);
  });
}

/** What a reviewer would flag in a bundled dashboard; empty when it is fit to ship. */
export function dashboardProblems(dashboard: Dashboard): string[] {
  const panels = dashboard.panels ?? [];
  const ids = panels.map((p) => p.id);
  const problems = datasourceProblems(dashboard, dashboard.uid ?? '?');
  if (new Set(ids).size !== ids.length || ids.some((id) => !id)) {
    problems.push('panel ids are missing or repeated');
  }
  if (!/^[a-z0-9-]{1,40}$/.test(dashboard.uid ?? '')) {
    problems.push(`uid "${dashboard.uid}" is not a stable, short, lower-case uid`);
  }
  const variables = dashboard.templating?.list ?? [];
  if (!variables.some((v) => v.type === 'datasource' && v.name === 'datasource' && v.query === 'prometheus')) {
    problems.push('no Prometheus datasource variable named "datasource"');
  }
  for (const panel of panels) {
    if (!isRow(panel)) {
      problems.push(...rangeProblems(panel));
    }
  }
  return problems;
}

/** Row titles in order, each with the panel titles under it. */
export function rowsOf(dashboard: Dashboard): Array<{ title: string; panels: Panel[] }> {
  const rows: Array<{ title: string; panels: Panel[] }> = [];
  for (const panel of dashboard.panels ?? []) {
    if (isRow(panel)) {
      rows.push({ title: panel.title ?? '', panels: [] });
    } else if (rows.length > 0) {
      rows[rows.length - 1].panels.push(panel);
    }
  }
  return rows;
}
