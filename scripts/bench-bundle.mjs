// Records what Grafana downloads for this plugin: every JS file in dist/, raw and gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { composition } from './bundleComposition.mjs';

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
const total = rows.reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { raw: 0, gzip: 0 });
const entry = rows.filter((r) => r.file.endsWith('module.js'));
// The committed file's total is the "before" of this run.
const previous = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8').match(/\| \*\*total\*\* \| \*\*[\d.]+\*\* \| \*\*([\d.]+)\*\* \|/) : null;
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
