import React, { useMemo } from 'react';
import { SceneApp, type SceneAppPage } from '@grafana/scenes';
import type { VariableDefaults } from '../pages/connectionHealth/connectionHealthVariables';

/** A route's component: one page in its own SceneApp, so each page's code loads only when it is opened. */
export function sceneAppRoute(page: (defaults: VariableDefaults) => SceneAppPage) {
  return function SceneAppRoute({ serviceLabel, databaseServiceLabel, datasourceUid }: VariableDefaults) {
    const app = useMemo(
      () =>
        new SceneApp({
          pages: [page({ serviceLabel, databaseServiceLabel, datasourceUid })],
          urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true },
        }),
      [serviceLabel, databaseServiceLabel, datasourceUid]
    );
    return <app.Component model={app} />;
  };
}
