import React, { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import { ROUTES } from '../constants';
import { readAppSettings } from './appSettings';
import { prefixRoute } from './routing';

// Each page loads its own code: the Business impact page does not wait for the seven rows' grid layout.
const ConnectionHealthRoute = lazy(() => import('./ConnectionHealthRoute'));
const BusinessImpactRoute = lazy(() => import('./BusinessImpactRoute'));

function App({ meta }: AppRootProps) {
  const { serviceLabel, defaultDatasourceUid } = readAppSettings(meta.jsonData);
  const defaults = { serviceLabel, datasourceUid: defaultDatasourceUid };
  return (
    <Suspense fallback={<LoadingPlaceholder text="Loading Connection Health…" />}>
      <Routes>
        <Route path="" element={<Navigate to={prefixRoute(ROUTES.ConnectionHealth)} replace />} />
        <Route path={`${ROUTES.BusinessImpact}/*`} element={<BusinessImpactRoute {...defaults} />} />
        <Route path="*" element={<ConnectionHealthRoute {...defaults} />} />
      </Routes>
    </Suspense>
  );
}

export default App;
