import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { satisfies } from 'semver';
import { parse } from 'yaml';
import pluginJson from '../../src/plugin.json';
import { REVENUE_PANEL_ID } from '../../src/constants';
import { SIMULATE_USAGE } from '../../cli/commands/simulate';

const ROOT = path.join(__dirname, '../..');
const PLUGIN_DIR = `/var/lib/grafana/plugins/${pluginJson.id}`;

interface ComposeService {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: string[] | Record<string, { condition: string }>;
}

function readYaml<T>(file: string): T {
  return parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;
}

const compose = readYaml<{ services: Record<string, ComposeService>; volumes: Record<string, unknown> }>(
  'docker-compose.yaml'
);
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const stages = [...dockerfile.matchAll(/^FROM\s+(?:--platform=\S+\s+)?(\S+)\s+AS\s+(\S+)/gm)].map((m) => ({
  image: m[1],
  name: m[2],
}));
const PINNED = /^[\w./-]+:v?\d+\.\d+\.\d+(-[\w.-]+)?$/;

function mountsOf(service: string): Array<{ source: string; target: string }> {
  return (compose.services[service].volumes ?? []).map((v) => {
    const [source, target] = v.split(':');
    return { source, target };
  });
}

describe('compose demo (docker-compose.yaml parsed; no Docker engine here)', () => {
  it('runs Grafana, Prometheus, the simulator and node_exporter, plus the one-shot backfill', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['grafana', 'node-exporter', 'prometheus', 'prometheus-backfill', 'simulator', 'simulator-backfill'].sort()
    );
  });

  it('pins every pulled image and every Dockerfile base to an exact version', () => {
    const pulled = Object.values(compose.services).flatMap((s) => (s.build ? [] : [s.image ?? '']));
    expect(pulled.filter((image) => !PINNED.test(image))).toEqual([]);
    expect(stages.map((s) => s.image).filter((image) => !PINNED.test(image))).toEqual([]);
  });

  it('builds each local image from a stage of the Dockerfile, with the plugin built inside a Node 20 stage', () => {
    for (const service of Object.values(compose.services).filter((s) => s.build)) {
      expect(stages.map((s) => s.name)).toContain(service.build?.target);
    }
    expect(stages.find((s) => s.name === 'build')?.image).toMatch(/^node:20\./);
    expect(dockerfile).toMatch(/RUN npm install/);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toContain(`COPY --from=build /src/dist ${PLUGIN_DIR}`);
  });

  it('runs a Grafana that plugin.json grafanaDependency accepts', () => {
    const grafana = stages.find((s) => s.name === 'grafana')?.image ?? '';
    const version = grafana.split(':')[1];
    expect(grafana).toMatch(/^grafana\/grafana(-oss)?:/);
    expect(satisfies(version, pluginJson.dependencies.grafanaDependency)).toBe(true);
  });

  it('allows exactly this plugin (and its nested ROI panel) unsigned, never a wildcard', () => {
    const allowed = dockerfile.match(/GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS=(\S+)/)?.[1].split(',');
    expect(allowed).toEqual([pluginJson.id, REVENUE_PANEL_ID]);
  });

  it('mounts only files that exist, and declares every named volume', () => {
    const mounts = Object.keys(compose.services).flatMap(mountsOf);
    const binds = mounts.filter((m) => m.source.startsWith('.'));
    expect(binds.filter((m) => !existsSync(path.join(ROOT, m.source))).map((m) => m.source)).toEqual([]);
    const named = mounts.filter((m) => !m.source.startsWith('.')).map((m) => m.source);
    expect(named.filter((v) => !(v in compose.volumes))).toEqual([]);
  });

  it('gives Grafana the three provisioning folders, anonymous viewers and the Stream 2 home dashboard', () => {
    const grafana = compose.services.grafana;
    expect(mountsOf('grafana')).toEqual(
      expect.arrayContaining(
        ['plugins', 'datasources', 'dashboards'].map((kind) => ({
          source: `./provisioning/${kind}`,
          target: `/etc/grafana/provisioning/${kind}`,
        }))
      )
    );
    expect(grafana.ports).toContain('3000:3000');
    expect(grafana.environment?.GF_AUTH_ANONYMOUS_ENABLED).toBe('true');
    expect(grafana.environment?.GF_AUTH_ANONYMOUS_ORG_ROLE).toBe('Viewer');
    const home = grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH ?? '';
    expect(home.startsWith(`${PLUGIN_DIR}/`)).toBe(true);
    expect(existsSync(path.join(ROOT, 'src', home.slice(PLUGIN_DIR.length + 1)))).toBe(true);
  });

  it('points the provisioned datasource at the prometheus service, and the app at that datasource', () => {
    const ds = readYaml<{ datasources: Array<{ uid: string; url: string; type: string }> }>(
      'provisioning/datasources/default.yaml'
    ).datasources[0];
    const app = readYaml<{ apps: Array<{ type: string; jsonData: Record<string, string> }> }>(
      'provisioning/plugins/app.yaml'
    ).apps[0];
    expect(ds.type).toBe('prometheus');
    expect(ds.url).toBe('http://prometheus:9090');
    expect(compose.services.prometheus.ports).toContain('9090:9090');
    expect(app.type).toBe(pluginJson.id);
    expect(app.jsonData.defaultDatasourceUid).toBe(ds.uid);
  });

  it('provisions the bundled dashboards from the installed plugin into a "Connection Health" folder', () => {
    const provider = readYaml<{ providers: Array<{ folder: string; type: string; options: { path: string } }> }>(
      'provisioning/dashboards/connection-health.yaml'
    ).providers[0];
    expect(provider.type).toBe('file');
    expect(provider.folder).toBe('Connection Health');
    expect(provider.options.path).toBe(`${PLUGIN_DIR}/dashboards`);
    const bundled = pluginJson.includes.filter((i) => i.type === 'dashboard').map((i) => i.path ?? '');
    expect(bundled.every((p) => p.startsWith('dashboards/') && existsSync(path.join(ROOT, 'src', p)))).toBe(true);
  });

  it('keeps secrets and scaffold leftovers out of provisioning', () => {
    const dir = path.join(ROOT, 'provisioning');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect({ file, leftovers: text.match(/default-url\.com|secret-key/g) }).toEqual({ file, leftovers: null });
      const literalSecrets = text.match(/^\s*(password|basicAuthPassword|apiKey|token|secret\w*):\s*[^$\s].*$/gim);
      expect({ file, literalSecrets }).toEqual({ file, literalSecrets: null });
    }
  });

  it('scrapes the simulator and node_exporter where compose runs them, with tcpstat on', () => {
    const config = readYaml<{
      scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }>;
    }>('prometheus/prometheus.yml');
    const targets = config.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets));
    expect(targets).toEqual(expect.arrayContaining(['simulator:9700', 'node-exporter:9100']));
    const simulator = compose.services.simulator.command ?? [];
    expect(simulator.slice(0, 1)).toEqual(['serve']);
    expect(simulator[simulator.indexOf('--port') + 1]).toBe('9700');
    expect(compose.services['node-exporter'].command).toContain('--collector.tcpstat');
  });

  it('uses only simulate options the CLI documents', () => {
    const commands = [
      ...(compose.services.simulator.command ?? []),
      ...(compose.services['simulator-backfill'].command ?? []),
    ].join(' ');
    const flags = [...commands.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
    expect(flags.length).toBeGreaterThan(4);
    expect(flags.filter((f) => !SIMULATE_USAGE.includes(f))).toEqual([]);
  });

  it('loads the rules mounted into Prometheus: promtool check config passes with them in place', () => {
    const rulesMount = mountsOf('prometheus').find((m) => m.source === './prometheus/rules');
    expect(rulesMount?.target).toBe('/etc/prometheus/rules');
    const raw = readFileSync(path.join(ROOT, 'prometheus/prometheus.yml'), 'utf8');
    expect(raw).toContain(`${rulesMount?.target}/*.yml`);
    execFileSync('promtool', ['check', 'config', path.join(ROOT, 'prometheus/prometheus.yml')]);
    // The same config with the rule path as the container sees it, mapped back to the repo.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'connhealth-prom-'));
    const local = path.join(tmp, 'prometheus.yml');
    writeFileSync(local, raw.split(`${rulesMount?.target}/`).join(`${path.join(ROOT, 'prometheus/rules')}/`));
    const out = execFileSync('promtool', ['check', 'config', local], { encoding: 'utf8' });
    const ruleCounts = [...out.matchAll(/SUCCESS: (\d+) rules found/g)].map((m) => Number(m[1]));
    expect(ruleCounts.length).toBe(readdirSync(path.join(ROOT, 'prometheus/rules')).length);
    expect(ruleCounts.every((n) => n > 0)).toBe(true);
  });
});
