import React from 'react';
import { createRoot } from 'react-dom/client';
import { EventBusSrv, type AppPlugin, type AppPluginMeta } from '@grafana/data';
import {
  setAppEvents,
  setBackendSrv,
  setDataSourceSrv,
  setPluginImportUtils,
  setRunRequest,
  setTemplateSrv,
} from '@grafana/runtime';
// Not exported from @grafana/runtime's index: reached through the host's webpack alias, as DESIGN.md notes.
import { setPluginPage } from '@grafana/runtime/PluginPage';
import { setPanelDataErrorView } from '@grafana/runtime/PanelDataErrorView';
import { PLUGIN_ID } from '../../../src/constants';
import { pluginPublicPath } from '../hostConstants';
import { installAmdDefine, loadAmdModule } from './amdLoader';
import { hostBackendSrv } from './backendSrv';
import { HostDataSourceSrv } from './dataSourceSrv';
import { HostPluginPage } from './HostPluginPage';
import { HostShell } from './HostShell';
import { HostPanelDataErrorView } from './panels/HostPanelDataErrorView';
import { hostPluginImportUtils } from './pluginImports';
import { runRequest } from './runRequest';
import { SHARED_MODULES } from './sharedModules';
import { registerStandardFieldConfigs } from './standardFieldConfigs';
import { SceneTemplateSrv } from './templateSrv';

function provideRuntimeServices(): void {
  registerStandardFieldConfigs();
  setTemplateSrv(new SceneTemplateSrv());
  setDataSourceSrv(new HostDataSourceSrv());
  setRunRequest(runRequest);
  setBackendSrv(hostBackendSrv());
  setAppEvents(new EventBusSrv());
  setPluginImportUtils(hostPluginImportUtils);
  setPluginPage(HostPluginPage);
  setPanelDataErrorView(HostPanelDataErrorView);
}

async function boot(): Promise<void> {
  provideRuntimeServices();
  installAmdDefine();
  const base = pluginPublicPath(PLUGIN_ID);
  const settings = await (await fetch(`/api/plugins/${PLUGIN_ID}/settings`)).json();
  const { plugin } = await loadAmdModule<{ plugin: AppPlugin }>(`${base}module.js`, SHARED_MODULES);
  const meta = { ...settings, baseUrl: base.slice(0, -1), module: `${base}module.js` } as AppPluginMeta;
  plugin.init(meta);
  plugin.meta = meta;
  createRoot(document.getElementById('root')!).render(<HostShell plugin={plugin} meta={meta} />);
}

boot().catch((error: unknown) => {
  document.getElementById('root')!.textContent = `Test host failed to boot: ${String(error)}`;
  throw error;
});
