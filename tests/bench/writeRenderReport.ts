import fs from 'node:fs';
import path from 'node:path';
import { RENDER_RESULTS_DIR, median, type RenderSample } from './renderTimes';

// `npm run bench:render`'s last step: docs/benchmarks/render.md from the samples each mode left behind.
const OUT = path.join(__dirname, '..', '..', 'docs', 'benchmarks', 'render.md');
const PAGES = [
  ['main', 'Stream 2 — Connection Health & 5xx'],
  ['impact', 'Business impact'],
  ['fixGiven', 'Fix validation, fix time given'],
  ['fixFound', 'Fix validation, fix time found'],
] as const;
const MODES = [
  ['raw', 'raw samples only'],
  ['rules', 'with the recording rules'],
] as const;

function row(page: string, mode: string, samples: RenderSample[]): string {
  const warm = samples.slice(1);
  return `| ${page} | ${mode} | ${samples[0].readyMs} | ${median(warm.map((s) => s.readyMs))} | ${samples[0].pluginReadyMs} | ${median(warm.map((s) => s.pluginReadyMs))} | ${samples[0].pluginJsKiB.toFixed(0)} | ${median(samples.map((s) => s.queries))} |`;
}

const measured = MODES.flatMap(([mode, modeName]) => {
  const file = path.join(RENDER_RESULTS_DIR, `${mode}.json`);
  return fs.existsSync(file)
    ? [{ modeName, results: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, RenderSample[]> }]
    : [];
});
if (measured.length === 0) {
  throw new Error(`No render results in ${RENDER_RESULTS_DIR}: run npm run bench:render`);
}
const rows = measured.flatMap(({ modeName, results }) =>
  PAGES.filter(([key]) => results[key]?.length).map(([key, title]) => row(title, modeName, results[key]))
);
const runs = measured[0].results.main.length;
const md = [
  '# Render time',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:render\` (${runs} loads of each page per Prometheus, one`,
  'Chromium context: the first load is cold, the others use the browser cache). Debian Chromium, headless, over',
  'the built `dist/` in the test host (`tests/host/`) against the fixture Prometheus (the simulated 30-day',
  "incident), once with its raw samples only and once with this app's recording rules evaluated over the month",
  "too. The host draws Grafana's core panel types with @grafana/ui's TimeSeries, TableNG and BarGauge (its own thin",
  "adapters, not Grafana's panel plugins), so these times cover loading the plugin, building the scenes, querying a",
  "real Prometheus and drawing with Grafana's visualisations. A 2-core machine shared with",
  'other work; times vary with load, so read them as orders of magnitude.',
  '',
  '"ready": until the first 5xx graph has drawn a line (main page, last day) or the ROI panel lists its first',
  'burst (business impact, 30 days) or the Fix validation panel shows its verdict (the fix rollout, 44 days, the',
  'two fixed services, 2 × 21 days at the 1-minute step; with the fix time in the URL, or found in the range first),',
  "from navigation start (includes the host page itself) and from the first request for the plugin's JavaScript",
  "(the plugin's own share). Rows below the fold load lazily.",
  '',
  '| page | Prometheus | ready, cold (ms) | ready, warm median (ms) | plugin share, cold (ms) | plugin share, warm median (ms) | plugin JS, cold (KiB) | queries |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
];
fs.writeFileSync(OUT, md.join('\n'));
process.stdout.write(`${md.join('\n')}\n`);
