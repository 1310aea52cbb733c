import React, { Suspense, lazy } from 'react';
import { Navigate, Route, Routes, useMatch } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import { ROUTES } from '../constants';
import { readAppSettings } from './appSettings';
import { prefixRoute } from './routing';
import type { VariableDefaults } from '../pages/connectionHealth/connectionHealthVariables';

// Each page loads its own code: the Business impact page does not wait for the seven rows' grid layout.
const ConnectionHealthRoute = lazy(() => import('./ConnectionHealthRoute'));
const BusinessImpactRoute = lazy(() => import('./BusinessImpactRoute'));
const FixValidationRoute = lazy(() => import('./FixValidationRoute'));

// Chosen by URL under one catch-all route, so each SceneApp's own routes stay relative to the app's root.
function PageOfUrl(defaults: VariableDefaults) {
  const businessImpact = useMatch(`${prefixRoute(ROUTES.BusinessImpact)}/*`);
  const fixValidation = useMatch(`${prefixRoute(ROUTES.FixValidation)}/*`);
  const Page = businessImpact ? BusinessImpactRoute : fixValidation ? FixValidationRoute : ConnectionHealthRoute;
  return <Page {...defaults} />;
}

function App({ meta }: AppRootProps) {
  const { serviceLabel, databaseServiceLabel, defaultDatasourceUid } = readAppSettings(meta.jsonData);
  return (
    <Suspense fallback={<LoadingPlaceholder text="Loading Connection Health…" />}>
      <Routes>
        <Route path="" element={<Navigate to={prefixRoute(ROUTES.ConnectionHealth)} replace />} />
        <Route
          path="*"
          element={
            <PageOfUrl
              serviceLabel={serviceLabel}
              databaseServiceLabel={databaseServiceLabel}
              datasourceUid={defaultDatasourceUid}
            />
          }
        />
      </Routes>
    </Suspense>
  );
}

export default App;
