import { getPluginImportUtils } from '@grafana/runtime';
import { FIX_PANEL_ID } from '../../constants';

/**
 * Scene behaviour: starts loading the verdict panel's plugin when the page activates, alongside its variables'
 * queries, instead of once the layout has rendered down to the panel (Grafana shares one import per plugin).
 */
export function prefetchVerdictPanel(): undefined {
  // A failure is the panel's own to show: it imports the plugin again when drawn.
  getPluginImportUtils()
    .importPanelPlugin(FIX_PANEL_ID)
    .catch(() => undefined);
  return undefined;
}
