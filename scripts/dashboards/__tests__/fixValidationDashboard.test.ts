import type { Panel } from '@grafana/schema';
import { FIX_PANEL_ID } from '../../../src/constants';
import { CRITERION_IDS } from '../../../src/fixValidation/types';
import { CRITERION_CHARTS } from '../../../src/pages/fixValidation/fixValidationPanelText';
import { getQuery } from '../../../src/queries';
import { fixValidationDashboard } from '../bundledDashboards';
import { dashboardProblems } from './dashboardProblems';

describe('the bundled Fix validation dashboard', () => {
  const dashboard = fixValidationDashboard();
  const panels = (dashboard.panels ?? []) as Panel[];

  it('passes the bundled dashboards’ structural checks (datasource variable, rate windows, panel ids)', () => {
    expect(dashboardProblems(dashboard)).toEqual([]);
  });

  it('has the Fix validation panel, reading the fix time, windows and selection from the dashboard’s variables', () => {
    const verdict = panels.find((p) => p.type === FIX_PANEL_ID)!;
    expect(verdict.options).toEqual({
      fixAt: '${fixAt}',
      before: '${before}',
      after: '${after}',
      prometheus: '${datasource}',
      serviceLabel: '${label}',
      services: '${service}',
      searchDefault: true,
    });
    const names = (dashboard.templating?.list ?? []).map((v) => v.name);
    for (const variable of ['datasource', 'label', 'service', 'fixAt', 'before', 'after']) {
      expect(names).toContain(variable);
    }
  });

  it('charts each criterion with its catalogue query, below the verdict', () => {
    const charts = panels.filter((p) => p.type !== FIX_PANEL_ID);
    expect(charts.map((p) => p.targets?.[0].expr)).toEqual(
      CRITERION_IDS.map((id) => getQuery(CRITERION_CHARTS[id]).expr)
    );
    const verdictBottom = 24;
    expect(charts.every((p) => (p.gridPos?.y ?? 0) >= verdictBottom)).toBe(true);
  });
});
