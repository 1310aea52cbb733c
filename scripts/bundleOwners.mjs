// Sorts a chunk's bytes into who they belong to: this app's code, what @grafana/scenes brings with it, other libraries.
import fs from 'node:fs';
import path from 'node:path';

// Peer dependencies of Scenes that Grafana does not share with plugins, so the plugin bundles them for Scenes.
const BUNDLED_SCENES_PEERS = ['@grafana/e2e-selectors', '@grafana/i18n', '@grafana/schema'];

function dependenciesOf(name, nodeModules) {
  const file = path.join(nodeModules, name, 'package.json');
  if (!fs.existsSync(file)) {
    return [];
  }
  return Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).dependencies ?? {});
}

/** @grafana/scenes and every package it depends on, transitively (as npm installed them at the top level). */
export function scenesClosure(nodeModules = 'node_modules') {
  const seen = new Set();
  const queue = ['@grafana/scenes', ...BUNDLED_SCENES_PEERS];
  while (queue.length > 0) {
    const name = queue.pop();
    if (!seen.has(name)) {
      seen.add(name);
      queue.push(...dependenciesOf(name, nodeModules));
    }
  }
  return seen;
}

/** 'ours', 'scenes' or 'libraries' for one owner named by bundleComposition (a package or a folder of ours). */
export function ownerGroup(owner, closure) {
  if (closure.has(owner)) {
    return 'scenes';
  }
  // webpack's glue (runtime, `external amd "react"` stubs) and our sources ("queries/rows", "module.tsx") are ours;
  // any other owner is a package name.
  const ours =
    owner.startsWith('(') ||
    owner.startsWith('external ') ||
    owner.startsWith('webpack/') ||
    /\.(t|j)sx?$/.test(owner) ||
    (!owner.startsWith('@') && owner.includes('/'));
  return ours ? 'ours' : 'libraries';
}
