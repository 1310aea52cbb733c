import React, { useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { ROUTES } from '../constants';
import { readAppSettings } from './appSettings';
import { connectionHealthApp } from './connectionHealthApp';
import { prefixRoute } from './routing';

function App({ meta }: AppRootProps) {
  const { serviceLabel, defaultDatasourceUid } = readAppSettings(meta.jsonData);
  const app = useMemo(
    () => connectionHealthApp({ serviceLabel, defaultDatasourceUid }),
    [serviceLabel, defaultDatasourceUid]
  );
  return (
    <Routes>
      <Route path="" element={<Navigate to={prefixRoute(ROUTES.ConnectionHealth)} replace />} />
      <Route path="*" element={<app.Component model={app} />} />
    </Routes>
  );
}

export default App;
