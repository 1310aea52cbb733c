import { SceneApp } from '@grafana/scenes';
import { connectionHealthPage } from '../pages/connectionHealth/connectionHealthPage';
import type { AppSettings } from './appSettings';

export function connectionHealthApp(settings: AppSettings): SceneApp {
  return new SceneApp({
    pages: [
      connectionHealthPage({ serviceLabel: settings.serviceLabel, datasourceUid: settings.defaultDatasourceUid }),
    ],
    urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true },
  });
}
