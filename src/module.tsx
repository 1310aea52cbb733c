import React from 'react';
import { AppPlugin, type AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import type { AppConfigProps } from './components/AppConfig/AppConfig';
import type { AppSettings } from './app/appSettings';
import { PLUGIN_ID } from './constants';
import { isAppPath } from './app/routing';
import { componentOnDemand } from './components/componentOnDemand';

// Scenes and the pages load only when the app is opened, so module.js stays small.
// Scenes' own texts need the plugin's i18n instance before the first scene renders.
const App = componentOnDemand<AppRootProps>(
  async () => {
    const [{ initPluginTranslations }, { loadResources }] = await Promise.all([
      import('@grafana/i18n'),
      import('@grafana/scenes'),
    ]);
    await initPluginTranslations(PLUGIN_ID, [loadResources]);
    return (await import('./app/App')).default;
  },
  <LoadingPlaceholder text="Loading Connection Health…" />
);

// Grafana imports module.js just before it draws one of the app's pages (and for the plugin's admin page): on the
// app's pages, fetch Scenes and the page code now rather than after Grafana's first render of the root page.
if (isAppPath(window.location.pathname)) {
  App.preload().catch(() => undefined);
}

const AppConfig = componentOnDemand<AppConfigProps>(
  () => import('./components/AppConfig/AppConfig').then((m) => m.default),
  <LoadingPlaceholder text="" />
);

export const plugin = new AppPlugin<AppSettings>().setRootPage(App).addConfigPage({
  title: 'Configuration',
  icon: 'cog',
  body: AppConfig,
  id: 'configuration',
});
