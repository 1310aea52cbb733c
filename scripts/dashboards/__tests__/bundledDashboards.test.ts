import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dashboard, Panel } from '@grafana/schema';
import type { SceneGridItem, SceneGridRow, SceneQueryRunner, VizPanel } from '@grafana/scenes';
import {
  DATABASE_IMPACT_TARGETS,
  DASHBOARD_ROWS,
  REVENUE_PANEL_MAX_DATA_POINTS,
  REVENUE_PANEL_MIN_INTERVAL,
  entryIdsInRow,
  getQuery,
  renderingsOf,
  revenuePanelTargetsForEveryProxy,
} from '../../../src/queries';
import { connectionHealthRows } from '../../../src/pages/connectionHealth/connectionHealthRows';
import { catalogueIdOf } from '../../../src/panels/catalogueQueryRunner';
import pluginJson from '../../../src/plugin.json';
import {
  BUNDLED_DASHBOARDS,
  REVENUE_PANEL_HEIGHT,
  businessImpactDashboard,
  dashboardFileText,
  stream2Dashboard,
} from '../bundledDashboards';
import { dashboardExpr } from '../proxyTargets';
import { dashboardProblems, rowsOf } from './dashboardProblems';

const SRC = path.join(__dirname, '../../../src');
const ROI_PANEL = 'sre-revenueimpact-panel';

function checkedIn(file: string): string {
  return readFileSync(path.join(SRC, file), 'utf8');
}

function panelsOfType(dashboard: Dashboard, type: string): Panel[] {
  return (dashboard.panels ?? []).filter((p): p is Panel => p.type === type);
}

describe('bundled dashboards', () => {
  it.each(BUNDLED_DASHBOARDS.map((d) => [d.path, d.build] as const))(
    '%s is what `npm run dashboards` generates from the catalogue today (no drift)',
    (file, build) => {
      expect(checkedIn(file)).toBe(dashboardFileText(build()));
    }
  );

  it('are listed in plugin.json includes as dashboards, under their titles', () => {
    const included = pluginJson.includes.filter((i) => i.type === 'dashboard').map((i) => [i.path, i.name]);
    expect(included).toEqual(BUNDLED_DASHBOARDS.map((d) => [d.path, d.build().title]));
  });

  it('keep stable uids and regenerate identically', () => {
    expect(stream2Dashboard().uid).toBe('connhealth-stream2');
    expect(businessImpactDashboard().uid).toBe('connhealth-business-impact');
    expect(dashboardFileText(stream2Dashboard())).toBe(dashboardFileText(stream2Dashboard()));
  });

  it.each([
    ['main', stream2Dashboard()],
    ['business impact', businessImpactDashboard()],
  ])('%s: datasource only via ${datasource}, $__rate_interval in rates, unique panel ids', (_name, dashboard) => {
    expect(dashboardProblems(dashboard)).toEqual([]);
  });

  it('the structural check flags a hard-coded datasource, a fixed rate window and a repeated panel id', () => {
    const broken = JSON.parse(dashboardFileText(stream2Dashboard())) as Dashboard;
    const [roi, , first] = broken.panels as Panel[];
    roi.datasource = { type: 'prometheus', uid: 'bdr94pj4npuyoa' };
    first.targets = [{ refId: 'A', expr: 'sum(rate(envoy_cluster_upstream_rq_xx[5m]))', instant: false }];
    first.id = roi.id;
    const problems = dashboardProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('bdr94pj4npuyoa'),
        expect.stringContaining('range [5m] should be [$__rate_interval]'),
        'panel ids are missing or repeated',
      ])
    );
  });

  it('main: the row groups in order, each catalogue entry of a row once, one target per proxy that has it', () => {
    const dashboard = stream2Dashboard();
    const rows = rowsOf(dashboard);
    expect(rows.map((r) => r.title)).toEqual(DASHBOARD_ROWS.map((r) => r.title));
    DASHBOARD_ROWS.forEach((row, i) => {
      const expected = entryIdsInRow(row.id).map((id) => {
        const renderings = renderingsOf(id);
        return {
          title: renderings[0].title,
          unit: renderings[0].unit,
          type: renderings[0].visual,
          targets: renderings.map((q) => [q.proxy ?? 'any', dashboardExpr(q), q.legend]),
        };
      });
      const actual = rows[i].panels.map((p, j) => ({
        title: p.title,
        unit: p.fieldConfig?.defaults.unit,
        type: p.type,
        targets: (p.targets ?? []).map((t, k) => [
          renderingsOf(entryIdsInRow(row.id)[j])[k]?.proxy ?? 'any',
          t.expr,
          (t as { legendFormat?: string }).legendFormat,
        ]),
      }));
      expect(actual).toEqual(expected);
    });
  });

  it("main: HAProxy targets filter by the dashboard's own HAProxy backend list, never by the Envoy services", () => {
    const panels = rowsOf(stream2Dashboard()).flatMap((r) => r.panels);
    const haproxyTargets = panels.flatMap((p) => p.targets ?? []).filter((t) => String(t.expr).includes('haproxy_'));
    expect(haproxyTargets.length).toBeGreaterThan(15);
    for (const t of haproxyTargets) {
      expect(t.expr).toContain('proxy=~"${backend}"');
      expect(t.expr).not.toContain('${service}');
    }
    const backend = stream2Dashboard().templating?.list?.find((v) => v.name === 'backend');
    expect(backend?.query).toMatchObject({ query: 'label_values(haproxy_backend_http_responses_total, proxy)' });
  });

  it('main: matches the Envoy Scenes page panel for panel (titles, descriptions, units, queries, grid)', () => {
    const sceneRows = connectionHealthRows().state.children as SceneGridRow[];
    const dashboardRows = rowsOf(stream2Dashboard());
    expect(sceneRows.map((r) => r.state.title)).toEqual(dashboardRows.map((r) => r.title));
    sceneRows.forEach((row, i) => {
      // The page's verdict tables read the app's settings, which a JSON dashboard cannot: catalogue panels only.
      const catalogueItems = (row.state.children as SceneGridItem[]).filter(
        (item) => catalogueIdOf((item.state.body as VizPanel).state.$data) !== undefined
      );
      const fromScene = catalogueItems.map((item) => {
        const panel = item.state.body as VizPanel;
        const runner = panel.state.$data as SceneQueryRunner;
        return {
          title: panel.state.title,
          description: panel.state.description,
          unit: panel.state.fieldConfig.defaults.unit,
          noValue: panel.state.fieldConfig.defaults.noValue,
          type: panel.state.pluginId,
          expr: runner.state.queries[0].expr,
          grid: [item.state.x, (item.state.y ?? 0) + REVENUE_PANEL_HEIGHT, item.state.width, item.state.height],
        };
      });
      // The JSON panel adds what other proxies' targets mean and need; the Envoy part is the page's, word for word.
      const fromJson = dashboardRows[i].panels.slice(0, fromScene.length).map((p, j) => ({
        title: p.title,
        description: p.description?.startsWith(fromScene[j].description ?? '')
          ? fromScene[j].description
          : p.description,
        unit: p.fieldConfig?.defaults.unit,
        noValue: p.fieldConfig?.defaults.noValue?.includes(fromScene[j].noValue ?? '')
          ? fromScene[j].noValue
          : p.fieldConfig?.defaults.noValue,
        type: p.type,
        expr: p.targets?.[0].expr,
        grid: [p.gridPos?.x, p.gridPos?.y, p.gridPos?.w, p.gridPos?.h],
      }));
      expect(fromJson).toEqual(fromScene);
    });
  });

  it('main: red thresholds where the seed names a bad value (5xx ratio above 1%)', () => {
    const ratio = panelsOfType(stream2Dashboard(), 'timeseries').find(
      (p) => p.title === getQuery('upstream5xxRatio').title
    );
    expect(ratio?.fieldConfig?.defaults.thresholds?.steps).toEqual([
      { value: null, color: 'green' },
      { value: 0.01, color: 'red' },
    ]);
  });

  it.each([
    ['main', stream2Dashboard()],
    ['business impact', businessImpactDashboard()],
  ])('%s: the ROI panel reads the catalogue queries it is named after, with organisation defaults', (_n, dashboard) => {
    const [roi] = panelsOfType(dashboard, ROI_PANEL);
    expect(roi.options).toEqual({});
    expect([roi.maxDataPoints, roi.interval]).toEqual([REVENUE_PANEL_MAX_DATA_POINTS, REVENUE_PANEL_MIN_INTERVAL]);
    expect(roi.targets?.map((t) => [t.refId, t.expr])).toEqual([
      ...revenuePanelTargetsForEveryProxy().map((t) => [t.refId, dashboardExpr(t.query)]),
      ...DATABASE_IMPACT_TARGETS.map((t) => [t.refId, dashboardExpr(getQuery(t.queryId))]),
    ]);
    expect(roi.targets?.map((t) => t.refId)).toEqual(
      expect.arrayContaining(['errors', 'errors_haproxy', 'requests_haproxy'])
    );
  });

  it('business impact: the ROI panel beside the 5xx rate and ratio, nothing else', () => {
    const titles = (businessImpactDashboard().panels ?? []).map((p) => p.title);
    expect(titles).toEqual([
      'Revenue impact of 5xx bursts',
      getQuery('upstream5xxRate').title,
      getQuery('upstream5xxRatio').title,
    ]);
  });
});
