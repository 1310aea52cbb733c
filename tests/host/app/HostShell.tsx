import React, { useLayoutEffect, useState } from 'react';
import { Route, Router, Routes, useParams } from 'react-router';
import type { AppPlugin, AppPluginMeta } from '@grafana/data';
import { LocationServiceProvider, config, locationService } from '@grafana/runtime';
import { ThemeContext } from '@grafana/ui';
import { GrafanaGlobalStyles } from './GrafanaGlobalStyles';

interface ShellProps {
  plugin: AppPlugin;
  meta: AppPluginMeta;
}

function AppRoot({ plugin, meta }: ShellProps) {
  const Root = plugin.root;
  if (!Root) {
    return <p>This plugin has no root page</p>;
  }
  return (
    <Root meta={meta} basename={`/a/${meta.id}`} path={`/a/${meta.id}`} query={{}} onNavChanged={() => undefined} />
  );
}

// Grafana's plugin details page shows the config pages as tabs; the host shows the one asked for.
function ConfigPage({ plugin, meta }: ShellProps) {
  const page = plugin.configPages?.[0];
  if (!page) {
    return <p>This plugin has no config page</p>;
  }
  const Body = page.body;
  plugin.meta = meta;
  return (
    <main style={{ padding: 16 }}>
      <h1>{meta.name}</h1>
      <h2>{page.title}</h2>
      <Body plugin={plugin} query={{}} />
    </main>
  );
}

function UnknownPlugin() {
  const { pluginId } = useParams();
  return <p>The test host serves one app; {pluginId} is not it.</p>;
}

/** Grafana's router and location service around the plugin's pages, on the same history object. */
export function HostShell(props: ShellProps) {
  const history = locationService.getHistory();
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(
    () =>
      history.listen((update: unknown) =>
        setLocation((update as { location?: typeof location }).location ?? (update as typeof location))
      ),
    [history]
  );
  const id = props.meta.id;
  return (
    <ThemeContext.Provider value={config.theme2}>
      <GrafanaGlobalStyles>
        <LocationServiceProvider service={locationService}>
          <Router location={location} navigator={history}>
            <Routes>
              <Route path={`/a/${id}/*`} element={<AppRoot {...props} />} />
              <Route path={`/plugins/${id}`} element={<ConfigPage {...props} />} />
              <Route path="/plugins/:pluginId" element={<UnknownPlugin />} />
              <Route
                path="*"
                element={
                  <p>
                    Test host: open /a/{id}/ or /plugins/{id}
                  </p>
                }
              />
            </Routes>
          </Router>
        </LocationServiceProvider>
      </GrafanaGlobalStyles>
    </ThemeContext.Provider>
  );
}
