import fs from 'node:fs';
import path from 'node:path';
import { RENDER_RESULTS_DIR, median, type RenderSample } from './renderTimes';
import { FLEET_MONTH_RESULTS, type FleetRun, type FleetSample } from './fleetResults';
import { BIG_FLEET, BIG_FLEET_MONTH } from '../e2e/support/bigFleet';

// `npm run bench:render`'s last step: docs/benchmarks/render.md from the samples each mode left behind.
const OUT = path.join(__dirname, '..', '..', 'docs', 'benchmarks', 'render.md');
const PAGES = [
  ['main', 'Stream 2 — Connection Health & 5xx'],
  ['impact', 'Business impact'],
  ['fixGiven', 'Fix validation, fix time given'],
  ['fixGivenRefined', 'Fix validation, fix time given, refined (1-minute step)'],
  ['fixFound', 'Fix validation, fix time found'],
  ['impactNav', 'Business impact, opened from the main page'],
  ['fixGivenNav', 'Fix validation, fix time given, opened from Business impact'],
] as const;
const MODES = [
  ['raw', 'raw samples only'],
  ['rules', 'with the recording rules'],
] as const;

function row(page: string, mode: string, samples: RenderSample[]): string {
  const warm = samples.slice(1);
  return `| ${page} | ${mode} | ${samples[0].readyMs} | ${median(warm.map((s) => s.readyMs))} | ${samples[0].pluginReadyMs} | ${median(warm.map((s) => s.pluginReadyMs))} | ${samples[0].pluginJsKiB.toFixed(0)} | ${median(samples.map((s) => s.queries))} |`;
}

const FLEET_HEADING = `## Business impact over ${BIG_FLEET.services} services`;
const MONTH_HEADING = `### The same fleet over ${BIG_FLEET_MONTH.days} days`;
// A part this run did not measure keeps its earlier text (and date) from the committed file.
const previous = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
const previousPages = previous.split(FLEET_HEADING)[0].trimEnd();
const previousFleet = previous.includes(FLEET_HEADING)
  ? `${FLEET_HEADING}${previous.split(FLEET_HEADING)[1]}`.split(MONTH_HEADING)[0].trimEnd()
  : '';
const previousMonth = previous.includes(MONTH_HEADING)
  ? `${MONTH_HEADING}${previous.split(MONTH_HEADING)[1]}`.split('\n## ')[0].trimEnd()
  : '';
const today = new Date().toISOString().slice(0, 10);

function pagesPart(): string {
  const measured = MODES.flatMap(([mode, modeName]) => {
    const file = path.join(RENDER_RESULTS_DIR, `${mode}.json`);
    return fs.existsSync(file)
      ? [{ modeName, results: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, RenderSample[]> }]
      : [];
  });
  if (measured.length === 0) {
    return previousPages;
  }
  const rows = measured.flatMap(({ modeName, results }) =>
    PAGES.filter(([key]) => results[key]?.length).map(([key, title]) => row(title, modeName, results[key]))
  );
  const runs = measured[0].results.main.length;
  return [
    '# Render time',
    '',
    `Measured ${today} with \`npm run bench:render\` (${runs} loads of each page per Prometheus, one`,
    'Chromium context: the first load is cold, the others use the browser cache). Debian Chromium, headless, over',
    'the built `dist/` in the test host (`tests/host/`) against the fixture Prometheus (the simulated 30-day',
    "incident), once with its raw samples only and once with this app's recording rules evaluated over the month",
    "too. The host draws Grafana's core panel types with @grafana/ui's TimeSeries, TableNG, BarGauge and Grafana's",
    "sanitising Markdown renderer (its own thin adapters, not Grafana's panel plugins), built in production mode as",
    "Grafana ships (React's production build; the browser suite builds the same host in development mode), so these",
    "times cover loading the plugin, building the scenes, querying a real Prometheus and drawing with Grafana's",
    "visualisations. Data requests queue five at a time and are cancelled when dropped, as Grafana's backendSrv does",
    'over HTTP/1.1. A 2-core machine shared with other work; times vary with load, so read them as orders of',
    'magnitude.',
    '',
    '"ready": until the first 5xx graph has drawn a line (main page, last day) or the ROI panel lists its first',
    'burst (business impact, 30 days) or the Fix validation panel shows its first verdict (the fix rollout, 44 days, the',
    'two fixed services, 2 × 21 days; with the fix time in the URL, or found in the range first): the preliminary one',
    'of a coarser (5- to 10-minute) pass, labelled as such; the "refined" row waits for the 1-minute pass that replaces it.',
    "A full page load counts from navigation start (includes the host's own boot, which in Grafana is Grafana's) and,",
    'as the plugin\'s own share, from the first request for the plugin\'s JavaScript. "Opened from …" rows move the',
    "already loaded app to the page as a click on the app's tabs does (a history push, no reload) and count from",
    'there: what a user switching pages waits for. Rows below the fold load lazily. The page itself records when',
    'each mark first shows (a MutationObserver, read at the next animation frame: `watchReadyMarks` in',
    "tests/bench/renderTimes.ts), not Playwright's waits, whose polling widens to a second between looks.",
    '',
    '| page | Prometheus | ready, cold (ms) | ready, warm median (ms) | plugin share, cold (ms) | plugin share, warm median (ms) | plugin JS, cold (KiB) | queries |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    ...PAGE_HISTORY,
  ].join('\n');
}

// Earlier measurements of the page table that explain a change (same machine, quiet, same spec), kept as a record.
const PAGE_HISTORY = [
  "### Without Suspense, and the page's code started early (2026-12-02)",
  '',
  "React holds the content of a Suspense boundary until 300 ms after its fallback was shown (500 ms in React 18's",
  'Grafana 12.4 line). A CPU profile of a warm Business impact load showed the main thread idle for 290 ms between the',
  "ROI panel's data and its first render, and ~100 ms idle while the app's page appeared. The app, its pages and the",
  'nested panels now load their code with `componentOnDemand` (src/components/componentOnDemand.tsx), which draws the',
  'component in the first render after its code arrives ("no Suspense"). Then `module.js` starts the root\'s code as',
  "soon as it runs on an app page, and the app chunk the opened page's code, instead of after the first render",
  '("started early"). Warm medians, raw samples / recording rules, nothing else running, each column one run:',
  '',
  '| page | before (ms) | no Suspense (ms) | started early (ms) |',
  '|---|---:|---:|---:|',
  '| Business impact, full load | 2337 / 2345 | 1806 / 1858 | 1677 / 1752 |',
  "| Business impact, plugin's share | 1941 / 1893 | 1461 / 1489 | 1311 / 1383 |",
  '| Business impact, opened from the main page | 1510 / 1661 | 1093 / 1159 | 1073 / 1112 |',
  '| Fix validation (fix time given), full load | 1943 / 1959 | 1471 / 1494 | 1406 / 1428 |',
  '| Fix validation, opened from Business impact | 1430 / 1457 | 860 / 889 | 803 / 841 |',
  '| Stream 2, full load | 2308 / 2373 | 2161 / 1972 | 1863 / 1929 |',
  '',
  '### The ROI worker started at module import (2026-12-02, afternoon)',
  '',
  'Scenes mounts a panel only once its data is in, so the ROI panel\'s "prewarm on mount" started the engine\'s worker',
  "after the month's data (worker script fetched ~2.7 s after navigation, data in ~2.4 s); it now starts when Grafana",
  "imports the panel's module (fetched ~1.7 s). The first burst row did not move measurably: in interleaved runs of 7",
  'warm loads each, medians 2976 / 2874 / 3179 ms before against 2872 / 3032 / 3049 ms after, and in `bench:render`',
  '(raw samples, 5 loads) 2223 → 2197 ms warm median for Business impact, 2512 → 2507 ms for Stream 2 (unchanged code).',
  'The machine ran ~35% slower that afternoon than for the table above (Stream 2 1863 → 2512 ms with the same code), so',
  "the table is kept from the quieter run. What remains between the data and the first row (CPU profile): Grafana's",
  "field-config pass over the ROI panel's ~15 frames (Scenes' `applyFieldConfig`, ~70 ms there), this panel's frame",
  "conversion and the worker's computation; before the data: the month's queries, which on 2 cores compete with",
  'Prometheus for the CPU (sent straight to Prometheus, the 15 range queries and 7 probes took 0.8 s one after another, the range queries 0.5 s all at once; ~7 MB of JSON).',
];

function fleetPart(month: string): string {
  const file = path.join(RENDER_RESULTS_DIR, 'fleet.json');
  if (!fs.existsSync(file)) {
    return previousFleet;
  }
  const samples = JSON.parse(fs.readFileSync(file, 'utf8')) as FleetSample[];
  return [
    FLEET_HEADING,
    '',
    `Measured ${today} with \`npm run bench:render\` (\`tests/bench/renderFleet.spec.ts\`): the Business impact page over`,
    `a real Prometheus holding ${BIG_FLEET.services} services × ${BIG_FLEET.days} days at 60 s with one burst each (the \`report\` scale`,
    "benchmark's generated fleet), each load in a fresh page of one context; once as shipped, once with the page's",
    '`Worker` removed before load, as a browser that refuses the worker would run it (the panel then computes in the',
    'tab). Times from navigation start; "longest task": the longest main-thread task (long-task observer) between the',
    '"Computing impact for 300 services…" note and the figures. The chart\'s burst markers and the tables are drawn on the',
    'main thread in both rows.',
    '',
    ...fleetTable(samples),
    '',
    "Read with care: over 2 days (576 points a series at the page's 5-minute step) the engine's own task in the tab is",
    'short, and the worker adds latency (copying the series to it, starting it) for a main thread that stays free. What',
    'the worker buys grows with the data: the engine is linear in services × points, so 30 days (15× the points) or',
    'more services lengthen a task the tab would otherwise run in one piece.',
    month ? 'The 30-day case follows.' : 'The 30-day case has not been measured in the browser yet.',
  ].join('\n');
}

function fleetTable(samples: FleetSample[]): string[] {
  const rows = (['worker', 'tab'] as const).map((where) => {
    const mine = samples.filter((s) => s.computedIn === where);
    const all = (key: keyof Omit<FleetSample, 'computedIn'>) => mine.map((s) => s[key]).join(', ');
    const waits = mine.map((s) => s.readyMs - s.computingMs);
    return `| ${where === 'worker' ? 'its Web Worker (as shipped)' : 'the tab (Worker removed from the page)'} | ${all('computingMs')} | ${all('readyMs')} | ${median(waits)} | ${all('longestTaskMs')} | ${median(mine.map((s) => s.longestTaskMs))} |`;
  });
  return [
    '| ROI engine ran in | computing shown (ms) | all burst rows shown (ms) | computing → rows, median (ms) | longest main-thread task (ms) | longest task, median (ms) |',
    '|---|---|---|---:|---|---:|',
    ...rows,
  ];
}

function buildLine(build: FleetRun['fleet']['build']): string {
  if (!build) {
    return 'The data set came from a cache made before its build time was recorded.';
  }
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return `Making it once (then cached on a hash of the generator): ${n(build.openMetricsMB)} MB of OpenMetrics written in ${n(build.generateMs / 1000)} s, backfilled by \`promtool tsdb create-blocks-from openmetrics\` in ${n(build.backfillMs / 1000)} s.`;
}

function monthPart(): string {
  const file = path.join(RENDER_RESULTS_DIR, FLEET_MONTH_RESULTS);
  if (!fs.existsSync(file)) {
    return previousMonth;
  }
  const { fleet, querySteps, samples } = JSON.parse(fs.readFileSync(file, 'utf8')) as FleetRun;
  const steps = Object.entries(querySteps)
    .sort((a, b) => b[1] - a[1])
    .map(([step, n]) => `${step} (${n} queries)`)
    .join(', ');
  return [
    MONTH_HEADING,
    '',
    `Measured ${today} by the same spec: ${fleet.services} services × ${fleet.days} days, one sample every ${fleet.stepSeconds} s`,
    `(${fleet.samples.toLocaleString('en-US')} samples; the same generator as above with its step as a parameter), one burst each.`,
    buildLine(fleet.build),
    `Steps of the page's range queries over the month (all its panels, the ROI panel's among them): ${steps}. The test`,
    `host's \`$__rate_interval\` is the step + 15 s, so a step that is a multiple of ${fleet.stepSeconds} s (steps and samples both`,
    'start at midnight) puts at least 2 samples in every rate window.',
    '',
    ...fleetTable(samples),
  ].join('\n');
}

const month = monthPart();
const md = [pagesPart(), fleetPart(month), month].filter(Boolean).join('\n\n') + '\n';
fs.writeFileSync(OUT, md);
process.stdout.write(md);
