import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { metadataProblems } from '../pluginMetadata';

const GOOD_PLUGIN = {
  id: 'sre-connectionhealth-app',
  type: 'app',
  info: {
    description: 'Diagnose 5xx bursts caused by CLOSE_WAIT socket leaks.',
    keywords: ['envoy'],
    author: { name: 'SRE' },
    links: [
      { name: 'Source', url: 'https://example.org/connection-health' },
      { name: 'License', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    ],
    logos: { small: 'img/logo.svg', large: 'img/logo.svg' },
    screenshots: [{ name: 'Main page', path: 'img/main.png' }],
    version: '1.2.3',
    updated: '2026-11-22',
  },
  includes: [{ type: 'dashboard', path: 'dashboards/main.json' }],
  dependencies: { grafanaDependency: '>=12.4.0' },
};

const NESTED_INFO = { logos: { small: 'img/logo.svg', large: 'img/logo.svg' } };

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

// A fake project on disk: a built dist/ with a nested panel, package.json and CHANGELOG.
function project(change: (files: Map<string, string>) => void = () => {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'connhealth-meta-'));
  const files = new Map<string, string>([
    ['package.json', JSON.stringify({ version: '1.2.3' })],
    ['CHANGELOG.md', '# Changelog\n\n## 1.2.3\n\n- x\n\n## 1.2.2\n'],
    ['src/panels/roi/plugin.json', '{}'],
    ['dist/plugin.json', JSON.stringify(GOOD_PLUGIN)],
    ['dist/module.js', 'define([],function(){return {}});'],
    ['dist/module.js.map', '{}'],
    ['dist/img/logo.svg', '<svg/>'],
    ['dist/img/main.png', 'png'],
    ['dist/dashboards/main.json', '{}'],
    ['dist/README.md', '#'],
    ['dist/LICENSE', 'Apache'],
    ['dist/CHANGELOG.md', '#'],
    [
      'dist/panels/roi/plugin.json',
      JSON.stringify({ id: 'sre-revenueimpact-panel', type: 'panel', info: NESTED_INFO }),
    ],
    ['dist/panels/roi/img/logo.svg', '<svg/>'],
    ['dist/panels/roi/module.js', 'define([],function(){});'],
    ['dist/panels/roi/module.js.map', '{}'],
  ]);
  change(files);
  files.forEach((text, file) => write(root, file, text));
  return root;
}

const roots: string[] = [];
function problemsOf(change?: (files: Map<string, string>) => void): string[] {
  const root = project(change);
  roots.push(root);
  return metadataProblems(root);
}

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function withPlugin(patch: (p: typeof GOOD_PLUGIN) => unknown) {
  return (files: Map<string, string>) => {
    const plugin = JSON.parse(JSON.stringify(GOOD_PLUGIN));
    patch(plugin);
    files.set('dist/plugin.json', JSON.stringify(plugin));
  };
}

describe('offline plugin metadata check (a fake dist/ on disk)', () => {
  it('passes a complete, consistent dist', () => {
    expect(problemsOf()).toEqual([]);
  });

  it.each([
    ['a badly formed id', withPlugin((p) => (p.id = 'ConnectionHealth')), /id "ConnectionHealth"/],
    ['an id whose suffix is not the type', withPlugin((p) => (p.id = 'sre-connectionhealth-panel')), /not <org>/],
    ['a version out of sync', withPlugin((p) => (p.info.version = '1.2.4')), /differs from package.json 1.2.3/],
    ['an unreplaced %TODAY%', withPlugin((p) => (p.info.updated = '%TODAY%')), /not a date/],
    ['a missing screenshot', withPlugin((p) => (p.info.screenshots[0].path = 'img/gone.png')), /img\/gone.png/],
    ['an http link', withPlugin((p) => (p.info.links[0].url = 'http://x')), /https url/],
    ['no link named License', withPlugin((p) => (p.info.links[1].name = 'License (Apache 2.0)')), /named "License"/],
    ['a bad grafanaDependency', withPlugin((p) => (p.dependencies.grafanaDependency = 'twelve')), /semver/],
    ['a CHANGELOG behind', (f: Map<string, string>) => f.set('CHANGELOG.md', '## 1.2.2\n'), /top entry is 1.2.2/],
    ['no source map', (f: Map<string, string>) => f.delete('dist/module.js.map'), /module.js.map is missing/],
    ['a missing dashboard', (f: Map<string, string>) => f.delete('dist/dashboards/main.json'), /dashboards\/main/],
    ['no nested panel module', (f: Map<string, string>) => f.delete('dist/panels/roi/module.js'), /roi\/module.js/],
    ['a nested logo not copied', (f: Map<string, string>) => f.delete('dist/panels/roi/img/logo.svg'), /roi.*logo/],
    ['an unbuilt nested panel', (f: Map<string, string>) => f.delete('dist/panels/roi/plugin.json'), /not in dist/],
    [
      'eval in a chunk',
      (f: Map<string, string>) => f.set('dist/1.js', 'x=eval("1")'),
      /1.js runs source text.*line 1: eval/,
    ],
    ['new Function in module.js', (f: Map<string, string>) => f.set('dist/module.js', 'new Function("x")'), /module/],
  ])('flags %s', (_name, change, expected) => {
    const problems = problemsOf(change);
    expect(problems).toEqual([expect.stringMatching(expected)]);
  });

  it('says to build first when there is no dist', () => {
    expect(problemsOf((f) => f.delete('dist/plugin.json'))).toEqual([expect.stringMatching(/build first/)]);
  });
});
