import { VizPanel } from '@grafana/scenes';
import { FIX_PANEL_ID, VAR_DATASOURCE, VAR_SERVICE, VAR_SERVICE_LABEL } from '../../constants';
import type { FixValidationOptions } from '../../panels/fix-validation/options';
import { VERDICT_PANEL_DESCRIPTION, VERDICT_PANEL_TITLE } from './fixValidationPanelText';

export const VERDICT_PANEL_KEY = 'fix-verdict';

/** The nested Fix validation panel (the same plugin plain dashboards use), told the page's selection; the fix is set later. */
export function verdictPanel(): VizPanel<FixValidationOptions> {
  return new VizPanel<FixValidationOptions>({
    key: VERDICT_PANEL_KEY,
    pluginId: FIX_PANEL_ID,
    title: VERDICT_PANEL_TITLE,
    description: VERDICT_PANEL_DESCRIPTION,
    options: {
      prometheus: `\${${VAR_DATASOURCE}}`,
      serviceLabel: `\${${VAR_SERVICE_LABEL}}`,
      services: `\${${VAR_SERVICE}}`,
      searchDefault: false,
      fixAt: '',
    },
  });
}
