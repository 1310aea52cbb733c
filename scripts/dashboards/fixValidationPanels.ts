import type { Panel, VariableModel } from '@grafana/schema';
import {
  FIX_AFTER_URL_KEY,
  FIX_AT_URL_KEY,
  FIX_BEFORE_URL_KEY,
  FIX_PANEL_ID,
  VAR_SERVICE,
  VAR_SERVICE_LABEL,
} from '../../src/constants';
import { CRITERION_IDS } from '../../src/fixValidation/types';
import {
  CRITERION_CHARTS,
  VERDICT_PANEL_DESCRIPTION,
  VERDICT_PANEL_TITLE,
} from '../../src/pages/fixValidation/fixValidationPanelText';
import { GRID_COLUMNS, panelGridPosition } from '../../src/panels/gridLayout';
import type { FixValidationOptions } from '../../src/panels/fix-validation/options';
import { getQuery } from '../../src/queries';
import { cataloguePanelJson } from './dashboardPanels';
import { DASHBOARD_DATASOURCE, DASHBOARD_VAR_DATASOURCE, SAVED_VARIABLE_DEFAULTS } from './dashboardVariables';

// The Fix validation page gives the verdict panel 720 px: 24 grid units of 30 px.
const VERDICT_PANEL_HEIGHT = 24;

const textbox = (name: string, label: string, description: string): VariableModel => ({
  ...SAVED_VARIABLE_DEFAULTS,
  type: 'textbox',
  name,
  label,
  description,
  query: '',
  current: { text: '', value: '' },
  options: [],
});

/** The fix time and the window lengths as text boxes: the panel reads them, so does a link with ?var-fixAt=… */
export function fixValidationVariables(): VariableModel[] {
  return [
    textbox(
      FIX_AT_URL_KEY,
      'Fix time',
      'When the fix went live, ISO 8601 with a zone (2026-03-25T12:00:00Z). Empty: the rollout in the time range after which bursts fell most clearly.'
    ),
    textbox(FIX_BEFORE_URL_KEY, 'Before', 'Window before the fix, e.g. 21d (empty: as after, or 21d).'),
    textbox(FIX_AFTER_URL_KEY, 'After', 'Window after the fix, e.g. 21d, clipped to the data and now.'),
  ];
}

/** The verdict panel over the dashboard's variables, then one catalogue chart per criterion, as on the page. */
export function fixValidationPanels(): Panel[] {
  const options: FixValidationOptions = {
    fixAt: `\${${FIX_AT_URL_KEY}}`,
    before: `\${${FIX_BEFORE_URL_KEY}}`,
    after: `\${${FIX_AFTER_URL_KEY}}`,
    prometheus: `\${${DASHBOARD_VAR_DATASOURCE}}`,
    serviceLabel: `\${${VAR_SERVICE_LABEL}}`,
    services: `\${${VAR_SERVICE}}`,
    searchDefault: true,
  };
  const verdict: Panel = {
    id: 1,
    type: FIX_PANEL_ID,
    title: VERDICT_PANEL_TITLE,
    description: VERDICT_PANEL_DESCRIPTION,
    datasource: DASHBOARD_DATASOURCE,
    gridPos: { x: 0, y: 0, w: GRID_COLUMNS, h: VERDICT_PANEL_HEIGHT },
    fieldConfig: { defaults: {}, overrides: [] },
    options,
  };
  const charts = CRITERION_IDS.map((id, index) =>
    cataloguePanelJson(getQuery(CRITERION_CHARTS[id]), index + 2, panelGridPosition(index, VERDICT_PANEL_HEIGHT - 1))
  );
  return [verdict, ...charts];
}
