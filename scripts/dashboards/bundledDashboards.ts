import type { Dashboard, DashboardLink, Panel, RowPanel } from '@grafana/schema';
import { MAIN_PAGE_TITLE, PLUGIN_BASE_URL, ROUTES } from '../../src/constants';
import { DASHBOARD_ROWS, entryIdsInRow } from '../../src/queries';
import { GRID_COLUMNS, PANEL_HEIGHT, panelGridPosition, rowHeight } from '../../src/panels/gridLayout';
import { entryPanelJson, revenuePanelJson, rowPanelJson } from './dashboardPanels';
import { dashboardVariables } from './dashboardVariables';
import { fixValidationPanels, fixValidationVariables } from './fixValidationPanels';

export const STREAM2_DASHBOARD_UID = 'connhealth-stream2';
export const BUSINESS_IMPACT_DASHBOARD_UID = 'connhealth-business-impact';
export const BUSINESS_IMPACT_TITLE = 'Connection Health — Business impact';
const TAG = 'connection-health';
// The Business impact page gives the ROI panel 720 px: 24 grid units of 30 px.
export const REVENUE_PANEL_HEIGHT = 24;
// Panels outside catalogue rows on the business-impact dashboard: the burst signal the ROI is read from.
const BUSINESS_IMPACT_SIGNALS = ['upstream5xxRate', 'upstream5xxRatio'];

// Links to the sibling dashboard (by tag) and to the app's Scenes page, keeping time and filters.
function links(): DashboardLink[] {
  const common = { asDropdown: false, includeVars: true, keepTime: true, targetBlank: false, tooltip: '' };
  return [
    { ...common, type: 'dashboards', title: 'Connection Health', tags: [TAG], icon: 'external link' },
    {
      ...common,
      type: 'link',
      title: 'Open the Connection Health app',
      url: `${PLUGIN_BASE_URL}/${ROUTES.ConnectionHealth}`,
      tags: [],
      icon: 'dashboard',
    },
  ];
}

interface Shell {
  uid: string;
  title: string;
  description: string;
  /** The matching Scenes page's default range and refresh choices. */
  from: string;
  refreshIntervals: string[];
}

function dashboardShell(shell: Shell, panels: Array<Panel | RowPanel>): Dashboard {
  const { uid, title, description, from, refreshIntervals } = shell;
  return {
    uid,
    title,
    description,
    tags: [TAG],
    editable: true,
    graphTooltip: 1,
    schemaVersion: 42,
    version: 1,
    time: { from, to: 'now' },
    timepicker: { refresh_intervals: refreshIntervals },
    timezone: 'browser',
    refresh: '',
    links: links(),
    annotations: { list: [] },
    templating: { list: dashboardVariables() },
    panels,
  };
}

/** The Scenes page as a plain dashboard: the ROI panel, then the row groups in the seed's order, every proxy's panels. */
export function stream2Dashboard(): Dashboard {
  let id = 1;
  const panels: Array<Panel | RowPanel> = [
    revenuePanelJson(id++, { x: 0, y: 0, w: GRID_COLUMNS, h: REVENUE_PANEL_HEIGHT }),
  ];
  let top = REVENUE_PANEL_HEIGHT;
  for (const row of DASHBOARD_ROWS) {
    const entries = entryIdsInRow(row.id);
    panels.push(rowPanelJson(row, id++, top));
    entries.forEach((entryId, index) => panels.push(entryPanelJson(entryId, id++, panelGridPosition(index, top))));
    top += rowHeight(entries.length);
  }
  return dashboardShell(
    {
      uid: STREAM2_DASHBOARD_UID,
      title: MAIN_PAGE_TITLE,
      description:
        'CLOSE_WAIT socket leaks, connection pool exhaustion and the 5xx bursts they cause, in diagnostic order.',
      from: 'now-6h',
      refreshIntervals: ['30s', '1m', '5m', '15m'],
    },
    panels
  );
}

/** For leadership: what the bursts cost, beside the 5xx signal they are measured from. */
export function businessImpactDashboard(): Dashboard {
  const half = GRID_COLUMNS / 2;
  const signals = BUSINESS_IMPACT_SIGNALS.map((queryId, index) =>
    entryPanelJson(queryId, index + 2, {
      x: index * half,
      y: REVENUE_PANEL_HEIGHT,
      w: half,
      h: PANEL_HEIGHT,
    })
  );
  return dashboardShell(
    {
      uid: BUSINESS_IMPACT_DASHBOARD_UID,
      title: BUSINESS_IMPACT_TITLE,
      description: 'What the 5xx bursts cost in sessions, GMV and profit, and what fixing the CLOSE_WAIT leak returns.',
      from: 'now-30d',
      refreshIntervals: ['5m', '15m', '1h'],
    },
    [revenuePanelJson(1, { x: 0, y: 0, w: GRID_COLUMNS, h: REVENUE_PANEL_HEIGHT }), ...signals]
  );
}

export const FIX_VALIDATION_DASHBOARD_UID = 'connhealth-fix-validation';

/** Did the fix work: the Fix validation panel for the fix time in ${fixAt}, and the criteria's charts. */
export function fixValidationDashboard(): Dashboard {
  const dashboard = dashboardShell(
    {
      uid: FIX_VALIDATION_DASHBOARD_UID,
      title: 'Connection Health — Fix validation',
      description:
        'Did the fix work, how sure are we, and what has it returned? Seed 000’s success criteria before and after the fix time.',
      from: 'now-42d',
      refreshIntervals: ['15m', '1h'],
    },
    fixValidationPanels()
  );
  return { ...dashboard, templating: { list: [...dashboardVariables(), ...fixValidationVariables()] } };
}

/** Every bundled dashboard with its path under src/ (and dist/): plugin.json's includes point at these. */
export const BUNDLED_DASHBOARDS = [
  { path: 'dashboards/stream2-connection-health.json', build: stream2Dashboard },
  { path: 'dashboards/business-impact.json', build: businessImpactDashboard },
  { path: 'dashboards/fix-validation.json', build: fixValidationDashboard },
] as const;

/** The exact text checked in: two-space JSON with a final newline, so diffs stay readable. */
export function dashboardFileText(dashboard: Dashboard): string {
  return `${JSON.stringify(dashboard, null, 2)}\n`;
}
