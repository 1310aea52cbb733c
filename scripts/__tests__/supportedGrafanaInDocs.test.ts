import { readFileSync } from 'node:fs';
import path from 'node:path';
import { minVersion } from 'semver';
import pluginJson from '../../src/plugin.json';

const ROOT = path.join(__dirname, '../..');
const DOCS = ['README.md', 'CHANGELOG.md', 'provisioning/README.md'];
// Major.minor of the lowest version grafanaDependency admits (12.4 for >=12.4.0).
const floor = minVersion(pluginJson.dependencies.grafanaDependency)?.version.split('.').slice(0, 2).join('.');

describe("the Grafana version the docs promise is plugin.json's grafanaDependency floor", () => {
  it.each(DOCS)('%s: every "Grafana X.Y or later" names the floor', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const promised = [...text.matchAll(/Grafana (\d+\.\d+)(?:\.\d+)? or later/g)].map((m) => m[1]);
    expect(promised.filter((v) => v !== floor)).toEqual([]);
  });

  it('provisioning/README.md states a floor at all', () => {
    expect(readFileSync(path.join(ROOT, 'provisioning/README.md'), 'utf8')).toMatch(/Grafana \d+\.\d+ or later/);
  });
});
