import { PROMETHEUS_NAME, PROMETHEUS_UID, type HostRole } from '../hostConstants';

// Grafana's global styles load its fonts, which are not on npm: the few resets its pages rely on are inlined.
// Grafana renders its boot data into the page before any module runs; @grafana/runtime reads it on import.
export function renderIndexHtml(role: HostRole, grafanaVersion: string): string {
  const bootData = {
    settings: {
      defaultDatasource: PROMETHEUS_NAME,
      datasources: {},
      appSubUrl: '',
      buildInfo: { version: grafanaVersion, commit: 'test-host', env: 'development' },
      featureToggles: {},
    },
    user: {
      id: 1,
      login: role.toLowerCase(),
      name: `Test ${role}`,
      orgId: 1,
      orgRole: role,
      // Grafana sends the user's RBAC actions; saving plugin settings needs plugins:write.
      permissions: role === 'Admin' ? { 'plugins:write': true } : {},
      isGrafanaAdmin: false,
      isSignedIn: true,
      theme: 'dark',
      timezone: 'utc',
      weekStart: 'monday',
    },
    navTree: [],
    assets: { dark: '', light: '' },
  };
  const host = { prometheusUid: PROMETHEUS_UID };
  // JSON in a script tag: escape "<" so a value can never close the tag.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Connection Health — test host</title>
<style>*,*::before,*::after{box-sizing:border-box;}html,body{margin:0;background:#111217;color:#ccccdc;font-family:Inter,Helvetica,Arial,sans-serif;}button{color:inherit;font:inherit;}fieldset{border:0;margin:0 0 16px;padding:0;min-width:0;}legend{font-size:20px;padding:0;margin-bottom:16px;}</style>
<script>window.grafanaBootData = ${json(bootData)}; window.__testHost = ${json(host)}; window.__grafana_public_path__ = '/public/';</script>
</head>
<body>
<div id="root"></div>
<script src="/host/host.js"></script>
</body>
</html>`;
}
