import { FieldColorModeId, FieldConfigProperty, PanelPlugin, PluginType, type PanelPluginMeta } from '@grafana/data';
import { standInMeta } from '../standInMeta';
import { BarGaugeAdapter } from './BarGaugeAdapter';
import { TableAdapter } from './TableAdapter';
import { TextAdapter } from './TextAdapter';
import { TimeSeriesAdapter } from './TimeSeriesAdapter';

// Grafana's core panels are not on npm; @grafana/ui's visualisations they are built on are. The plugin objects
// (registry entries, option defaults) are the host's; drawing, units, thresholds and colours are Grafana's code.
const CORE_PANELS = {
  timeseries: () =>
    new PanelPlugin(TimeSeriesAdapter)
      .useFieldConfig({
        // As Grafana's time series panel: one colour per series from the classic palette.
        standardOptions: { [FieldConfigProperty.Color]: { defaultValue: { mode: FieldColorModeId.PaletteClassic } } },
      })
      // As Grafana's time series panel: Scenes hands a panel annotations only when its plugin says it draws them.
      .setDataSupport({ annotations: true, alertStates: true }),
  table: () => new PanelPlugin(TableAdapter).useFieldConfig({}),
  bargauge: () => new PanelPlugin(BarGaugeAdapter).useFieldConfig({}),
  // Grafana's text panel has no field config and no data.
  text: () => new PanelPlugin(TextAdapter),
};

export type CorePanelId = keyof typeof CORE_PANELS;

export function isCorePanel(id: string): id is CorePanelId {
  return id in CORE_PANELS;
}

export function corePanelPlugin(id: CorePanelId): PanelPlugin {
  const plugin = CORE_PANELS[id]();
  plugin.meta = { ...standInMeta(id, `${id} panel`, PluginType.panel), sort: 0 } as PanelPluginMeta;
  return plugin;
}
