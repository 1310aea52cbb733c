import { SceneApp } from '@grafana/scenes';
import { businessImpactPage } from '../pages/businessImpact/businessImpactPage';
import { connectionHealthPage } from '../pages/connectionHealth/connectionHealthPage';
import { fixValidationPage } from '../pages/fixValidation/fixValidationPage';
import type { AppSettings } from './appSettings';

export function connectionHealthApp(settings: AppSettings): SceneApp {
  const defaults = { serviceLabel: settings.serviceLabel, datasourceUid: settings.defaultDatasourceUid };
  return new SceneApp({
    pages: [connectionHealthPage(defaults), businessImpactPage(defaults), fixValidationPage(defaults)],
    urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true },
  });
}
