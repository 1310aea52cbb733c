import React, { Suspense, lazy } from 'react';
import { AppPlugin, type AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import type { AppConfigProps } from './components/AppConfig/AppConfig';
import type { AppSettings } from './app/appSettings';
import { PLUGIN_ID } from './constants';

// Scenes and the pages load only when the app is opened, so module.js stays small.
// Scenes' own texts need the plugin's i18n instance before the first scene renders.
const LazyApp = lazy(async () => {
  const [{ initPluginTranslations }, { loadResources }] = await Promise.all([
    import('@grafana/i18n'),
    import('@grafana/scenes'),
  ]);
  await initPluginTranslations(PLUGIN_ID, [loadResources]);
  return import('./app/App');
});
const LazyAppConfig = lazy(() => import('./components/AppConfig/AppConfig'));

const App = (props: AppRootProps) => (
  <Suspense fallback={<LoadingPlaceholder text="Loading Connection Health…" />}>
    <LazyApp {...props} />
  </Suspense>
);

const AppConfig = (props: AppConfigProps) => (
  <Suspense fallback={<LoadingPlaceholder text="" />}>
    <LazyAppConfig {...props} />
  </Suspense>
);

export const plugin = new AppPlugin<AppSettings>().setRootPage(App).addConfigPage({
  title: 'Configuration',
  icon: 'cog',
  body: AppConfig,
  id: 'configuration',
});
