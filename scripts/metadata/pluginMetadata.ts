import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { minVersion, validRange } from 'semver';
import { dynamicCodeUses } from './dynamicCode';

interface PluginJson {
  id?: string;
  type?: string;
  info?: {
    description?: string;
    keywords?: string[];
    version?: string;
    updated?: string;
    author?: { name?: string };
    links?: Array<{ name?: string; url?: string }>;
    logos?: { small?: string; large?: string };
    screenshots?: Array<{ name?: string; path?: string }>;
  };
  includes?: Array<{ type?: string; path?: string }>;
  dependencies?: { grafanaDependency?: string };
}

// The catalogue's id rule: <org>-<name>-<type>, lower case, the type matching plugin.json's type.
const PLUGIN_ID = /^[a-z0-9]+-[a-z0-9]+-(app|panel|datasource)$/;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

function nestedPluginJsons(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => path.basename(f) === 'plugin.json' && f !== 'plugin.json' && !f.split(path.sep).includes('node_modules')
  );
}

function pluginProblems(dist: string, relDir: string, plugin: PluginJson): string[] {
  const where = relDir ? `${relDir}/plugin.json` : 'plugin.json';
  const problems: string[] = [];
  const dir = path.join(dist, relDir);
  if (!plugin.id || !PLUGIN_ID.test(plugin.id) || !plugin.id.endsWith(`-${plugin.type}`)) {
    problems.push(`${where}: id "${plugin.id}" is not <org>-<name>-${plugin.type}`);
  }
  if (!existsSync(path.join(dir, 'module.js'))) {
    problems.push(`${where}: ${relDir ? `${relDir}/` : ''}module.js is missing`);
  }
  if (!existsSync(path.join(dir, 'module.js.map'))) {
    problems.push(`${where}: module.js.map is missing (the validator asks for source maps)`);
  }
  const referenced = [
    plugin.info?.logos?.small,
    plugin.info?.logos?.large,
    ...(plugin.info?.screenshots ?? []).map((s) => s.path),
    ...(plugin.includes ?? []).filter((i) => i.type === 'dashboard').map((i) => i.path),
  ];
  for (const file of new Set(referenced)) {
    if (!file || !existsSync(path.join(dir, file))) {
      problems.push(`${where}: references ${file ?? 'an empty path'}, which is not in dist`);
    }
  }
  return problems;
}

function infoProblems(plugin: PluginJson, packageVersion: string, changelog: string): string[] {
  const info = plugin.info ?? {};
  const problems: string[] = [];
  if (info.version !== packageVersion) {
    problems.push(`plugin.json version "${info.version}" differs from package.json ${packageVersion}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(info.updated ?? '')) {
    problems.push(`plugin.json updated "${info.updated}" is not a date`);
  }
  const topEntry = changelog.match(/^## \[?v?([0-9][^\s\]]*)/m)?.[1];
  if (topEntry !== packageVersion) {
    problems.push(`CHANGELOG.md's top entry is ${topEntry ?? 'missing'}, not ${packageVersion}`);
  }
  if ((info.description ?? '').length < 20 || (info.keywords ?? []).length === 0 || !info.author?.name) {
    problems.push('plugin.json info needs a description, keywords and an author');
  }
  for (const link of info.links ?? []) {
    if (!link.name || !/^https:\/\//.test(link.url ?? '')) {
      problems.push(`plugin.json link ${JSON.stringify(link)} needs a name and an https url`);
    }
  }
  // The catalogue fills its License button from the link named exactly "License".
  if (!(info.links ?? []).some((link) => link.name?.toLowerCase() === 'license')) {
    problems.push('plugin.json info.links has no link named "License" (the plugin page\'s License button)');
  }
  const range = plugin.dependencies?.grafanaDependency ?? '';
  if (!validRange(range) || !minVersion(range)) {
    problems.push(`grafanaDependency "${range}" is not a semver range`);
  }
  return problems;
}

/** What Grafana's plugin validator would flag that can be checked offline, for a built dist/. */
export function metadataProblems(root: string, dist = path.join(root, 'dist')): string[] {
  if (!existsSync(path.join(dist, 'plugin.json'))) {
    return [`${dist}/plugin.json is missing: build first (npm run build)`];
  }
  const plugin = readJson<PluginJson>(path.join(dist, 'plugin.json'));
  const packageVersion = readJson<{ version: string }>(path.join(root, 'package.json')).version;
  const problems = [
    ...pluginProblems(dist, '', plugin),
    ...infoProblems(plugin, packageVersion, readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')),
  ];
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!existsSync(path.join(dist, file))) {
      problems.push(`${file} is missing from dist`);
    }
  }
  const srcNested = nestedPluginJsons(path.join(root, 'src'));
  for (const rel of srcNested) {
    const relDir = path.dirname(rel);
    if (!existsSync(path.join(dist, rel))) {
      problems.push(`nested plugin ${rel} is not in dist`);
      continue;
    }
    problems.push(...pluginProblems(dist, relDir, readJson<PluginJson>(path.join(dist, rel))));
  }
  for (const file of jsFiles(dist)) {
    problems.push(...dynamicCodeProblems(file, path.relative(dist, file)));
  }
  return problems;
}

/** What a Content-Security-Policy without 'unsafe-eval' would refuse in one shipped script, one line per use. */
export function dynamicCodeProblems(file: string, name = file): string[] {
  const uses = dynamicCodeUses(readFileSync(file, 'utf8'));
  return uses.length > 0 ? [`${name} runs source text (eval or the Function constructor): ${uses.join(', ')}`] : [];
}
