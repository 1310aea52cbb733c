import type { PanelPlugin } from '@grafana/data';
import type { setPluginImportUtils } from '@grafana/runtime';
import { pluginPublicPath } from '../hostConstants';
import { loadAmdModule } from './amdLoader';
import { corePanelPlugin, isCorePanel } from './panels/corePanels';
import { SHARED_MODULES } from './sharedModules';

type PluginImportUtils = Parameters<typeof setPluginImportUtils>[0];

const cache = new Map<string, PanelPlugin>();
// One import per plugin however many callers ask at once, as Grafana's importPanelPlugin does.
const importing = new Map<string, Promise<PanelPlugin>>();

// Core panels are the host's adapters over @grafana/ui; any other panel (the nested ROI panel) is AMD-loaded from
// dist/ like Grafana does.
function importPanelPlugin(id: string): Promise<PanelPlugin> {
  const started = importing.get(id) ?? loadPanelPlugin(id);
  importing.set(id, started);
  started.catch(() => importing.delete(id));
  return started;
}

async function loadPanelPlugin(id: string): Promise<PanelPlugin> {
  const cached = cache.get(id);
  if (cached) {
    return cached;
  }
  let plugin: PanelPlugin;
  if (isCorePanel(id)) {
    plugin = corePanelPlugin(id);
  } else {
    const base = pluginPublicPath(id);
    const meta = await (await fetch(`${base}plugin.json`)).json();
    const exports = await loadAmdModule<{ plugin: PanelPlugin }>(`${base}module.js`, SHARED_MODULES);
    plugin = exports.plugin;
    plugin.meta = { ...meta, module: `${base}module.js`, baseUrl: base.slice(0, -1) };
  }
  cache.set(id, plugin);
  return plugin;
}

export const hostPluginImportUtils: PluginImportUtils = {
  importPanelPlugin,
  getPanelPluginFromCache: (id: string) => cache.get(id),
};
