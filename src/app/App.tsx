import React, { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import { ROUTES } from '../constants';
import { readAppSettings } from './appSettings';
import { isAppPath, prefixRoute } from './routing';
import type { VariableDefaults } from '../pages/connectionHealth/connectionHealthVariables';
import { componentOnDemand } from '../components/componentOnDemand';

// Each page loads its own code: the Business impact page does not wait for the seven rows' grid layout.
const loading = <LoadingPlaceholder text="Loading Connection Health…" />;
const ConnectionHealthRoute = componentOnDemand<VariableDefaults>(
  () => import('./ConnectionHealthRoute').then((m) => m.default),
  loading
);
const BusinessImpactRoute = componentOnDemand<VariableDefaults>(
  () => import('./BusinessImpactRoute').then((m) => m.default),
  loading
);
const FixValidationRoute = componentOnDemand<VariableDefaults>(
  () => import('./FixValidationRoute').then((m) => m.default),
  loading
);

// Chosen by URL under one catch-all route, so each SceneApp's own routes stay relative to the app's root.
function routeOfPath(path: string): ROUTES {
  if (path.includes(prefixRoute(ROUTES.BusinessImpact))) {
    return ROUTES.BusinessImpact;
  }
  return path.includes(prefixRoute(ROUTES.FixValidation)) ? ROUTES.FixValidation : ROUTES.ConnectionHealth;
}

const PAGES = {
  [ROUTES.ConnectionHealth]: ConnectionHealthRoute,
  [ROUTES.BusinessImpact]: BusinessImpactRoute,
  [ROUTES.FixValidation]: FixValidationRoute,
};

// The page being opened starts loading its code as soon as this chunk runs, not after the first render.
if (isAppPath(window.location.pathname)) {
  PAGES[routeOfPath(window.location.pathname)].preload().catch(() => undefined);
}

function PageOfUrl(defaults: VariableDefaults) {
  switch (routeOfPath(useLocation().pathname)) {
    case ROUTES.BusinessImpact:
      return <BusinessImpactRoute {...defaults} />;
    case ROUTES.FixValidation:
      return <FixValidationRoute {...defaults} />;
    default:
      return <ConnectionHealthRoute {...defaults} />;
  }
}

function App({ meta }: AppRootProps) {
  const { serviceLabel, databaseServiceLabel, defaultDatasourceUid } = readAppSettings(meta.jsonData);
  return (
    // Nothing here suspends any more (componentOnDemand); the boundary stays for anything that still might.
    <Suspense fallback={loading}>
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
