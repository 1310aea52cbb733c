import path from 'node:path';

/** Which Grafana packages the host is built over: the ones the plugin builds against, or the oldest supported line. */
export type GrafanaLine = 'current' | '12.4';

export const GRAFANA_LINES: Record<GrafanaLine, { version: string; react: string }> = {
  current: { version: '13.2.2', react: '19' },
  '12.4': { version: '12.4.0', react: '18' },
};

/** The node_modules the host's shared modules (react, @grafana/*, i18next…) are taken from. */
export function hostModulesDir(repoRoot: string, line: GrafanaLine): string {
  return line === 'current'
    ? path.join(repoRoot, 'node_modules')
    : path.join(repoRoot, 'tests', 'compat', `grafana-${line}`, 'node_modules');
}

export function hostBundleDir(repoRoot: string, line: GrafanaLine): string {
  return path.join(repoRoot, 'tests', 'host', line === 'current' ? 'dist' : `dist-${line}`);
}

/** The line a run asks for (HOST_GRAFANA_LINE), refusing an unknown one. */
export function grafanaLineFromEnv(value = process.env.HOST_GRAFANA_LINE): GrafanaLine {
  const line = value || 'current';
  if (!(line in GRAFANA_LINES)) {
    throw new Error(`HOST_GRAFANA_LINE=${line} is not one of: ${Object.keys(GRAFANA_LINES).join(', ')}`);
  }
  return line as GrafanaLine;
}
