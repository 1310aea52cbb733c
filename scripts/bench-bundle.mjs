// Records what Grafana downloads for this plugin: every JS file in dist/, raw and gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { composition } from './bundleComposition.mjs';
import { ownerGroup, scenesClosure } from './bundleOwners.mjs';

const DIST = 'dist';
const OUT = 'docs/benchmarks/bundle.md';

function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return jsFiles(full);
    }
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

if (!fs.existsSync(path.join(DIST, 'module.js'))) {
  console.error('dist/module.js is missing: run `npm run build` first.');
  process.exit(1);
}
const rows = jsFiles(DIST)
  .map((file) => {
    const bytes = fs.readFileSync(file);
    return { file: path.relative(DIST, file), raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);
const kb = (n) => (n / 1024).toFixed(1);

// The budget the team set for all plugin JavaScript (gzip).
const BUDGET_KIB = 200;

// Each file's gzip bytes shared among its owners in proportion to their minified bytes (gzip is not additive, so
// these are estimates that sum to the measured total). Scenes' translations: chunks made only of its locale files.
const closure = scenesClosure();
const owned = { ours: 0, scenes: 0, translations: 0, libraries: 0 };
for (const r of rows) {
  const parts = composition(path.join(DIST, r.file));
  const minified = parts.reduce((sum, [, bytes]) => sum + bytes, 0) || 1;
  const sources = JSON.parse(fs.readFileSync(path.join(DIST, `${r.file}.map`), 'utf8')).sources;
  const isTranslation = sources.length > 0 && sources.every((s) => /@grafana\/scenes\/.*\/locales\//.test(s));
  for (const [owner, bytes] of parts) {
    const group = isTranslation ? 'translations' : ownerGroup(owner, closure);
    owned[group] += (r.gzip * bytes) / minified;
  }
}
const total = rows.reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { raw: 0, gzip: 0 });
const entry = rows.filter((r) => r.file.endsWith('module.js'));
// The committed file's total is the "before" of this run.
const previous = fs.existsSync(OUT)
  ? fs.readFileSync(OUT, 'utf8').match(/\| \*\*total\*\* \| \*\*[\d.]+\*\* \| \*\*([\d.]+)\*\* \|/)
  : null;
const before = previous ? Number(previous[1]) : undefined;
const md = [
  '# Bundle size',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run build && npm run bench:bundle\` (production build).`,
  'Entry files are what Grafana loads at start-up for every user; chunks load when the app or panel opens.',
  '',
  '| file | KiB | KiB gzip |',
  '|---|---:|---:|',
  ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  `| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`,
  '',
  before === undefined
    ? 'No earlier measurement in this file.'
    : `Before this run (the file's previous total): ${before.toFixed(1)} KiB gzip; now ${kb(total.gzip)} KiB gzip (${(total.gzip / 1024 - before).toFixed(1)}).`,
  '',
  `Entry modules: ${entry.map((r) => `${r.file} ${kb(r.raw)} KiB (${kb(r.gzip)} KiB gzip)`).join('; ')}.`,
  '',
  '## Whose bytes they are',
  '',
  "Each file's gzip size shared among its sources in proportion to their minified bytes (source maps; estimates).",
  '"Scenes" is @grafana/scenes with every package it depends on and the peers Grafana does not share with plugins',
  '(@grafana/i18n, @grafana/e2e-selectors, @grafana/schema): what any Scenes app bundles before its own code.',
  "Grafana's list of modules it lends plugins (public/app/features/plugins/loader/sharedDependencies.ts) has none",
  'of them, only the i18next instance, so they cannot be left out as externals.',
  '',
  '| owner | KiB gzip |',
  '|---|---:|',
  `| @grafana/scenes and what it brings | ${kb(owned.scenes)} |`,
  `| Scenes' translations (one chunk fetched, for the user's language; none for English) | ${kb(owned.translations)} |`,
  `| other libraries (@stdlib statistics for fix validation) | ${kb(owned.libraries)} |`,
  `| this app's code (and webpack's runtimes) | ${kb(owned.ours)} |`,
  '',
  `Scenes with its translations is ${kb(owned.scenes + owned.translations)} KiB gzip of the ${kb(total.gzip)}: ${
    owned.scenes + owned.translations > BUDGET_KIB * 1024
      ? `more than the ${BUDGET_KIB} KiB budget for all plugin JS before a line of this app`
      : `${kb(BUDGET_KIB * 1024 - owned.scenes - owned.translations)} KiB of the ${BUDGET_KIB} KiB budget is left for the rest`
  }.`,
  `A user of Grafana in English fetches at most ${kb(total.gzip - owned.translations)} KiB gzip (every file but the translations).`,
  '',
  '## What the largest chunks hold',
  '',
  "Minified bytes attributed to their source package (or folder of ours) through each chunk's source map.",
  '',
  ...rows
    .filter((r) => !r.file.endsWith('module.js'))
    .slice(0, 3)
    .flatMap((r) => [
      `**${r.file}** (${kb(r.raw)} KiB): ${composition(path.join(DIST, r.file))
        .filter(([, bytes]) => bytes >= 2048)
        .map(([name, bytes]) => `${name} ${kb(bytes)}`)
        .join(', ')}.`,
      '',
    ]),
].join('\n');
fs.writeFileSync(OUT, md);
console.log(md);
