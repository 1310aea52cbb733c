// npm run bench:validate: wall time of the built `connhealth validate` over 2 × 21 days at the 1-minute step.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PromClient } from '../cli/prometheus/promClient';
import { fetchLiveSeries, fetchValidationSeries } from '../src/fixValidation/fetch/fetchValidationSeries';
import { dataExtent } from '../src/fixValidation/fetch/selectionProblem';
import { priceWindows, resolveWindows, validateFix } from '../src/fixValidation';
import { SEED_ASSUMPTIONS } from '../src/impact';
import { FIXED_SERVICES, FIX_ROLLOUT_AT, FIX_ROLLOUT_DAYS } from '../simulator';
import { startIncidentPrometheus } from '../tests/fixtures/incidentPrometheus';

const RUNS = 3;
const TARGET_SECONDS = 10;
const CLI = path.join(__dirname, '../bin/connhealth.js');
const OUT = path.join(__dirname, '../docs/benchmarks/validate.md');

const CASES = [
  { name: 'two fixed services', services: FIXED_SERVICES.map((s) => s.replace(/\./g, '\\.')).join('|') },
  { name: 'all four services', services: '.*' },
];

interface Timing {
  name: string;
  seconds: number[];
  verdict: string;
}

function runOnce(url: string, services: string): { seconds: number; verdict: string } {
  const args = [CLI, 'validate', '--prometheus', url, '--fix-at', FIX_ROLLOUT_AT, '--services', services, '--json'];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    throw new Error(`connhealth validate exited ${run.status}: ${run.stderr}`);
  }
  const json = JSON.parse(run.stdout) as { verdict: string; before: { from: string }; after: { to: string } };
  return { seconds, verdict: json.verdict };
}

interface Phases {
  fetchLive: number;
  fetchRest: number;
  priceWindows: number;
  validateFix: number;
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** Where the time goes, in-process, for the first case: queries, the ROI model on both windows, everything. */
async function phases(url: string, services: string): Promise<Phases> {
  const fixAt = Date.parse(FIX_ROLLOUT_AT);
  const day = 86_400;
  const query = {
    serviceLabel: 'source',
    services,
    stepSeconds: 60,
    start: fixAt / 1000 - 21 * day,
    end: fixAt / 1000 + 21 * day,
  };
  const client = new PromClient(url);
  let t = performance.now();
  const live = await fetchLiveSeries(client, query);
  const fetchLive = seconds(t);
  const resolved = resolveWindows({
    fixAt,
    beforeMs: 21 * day * 1000,
    afterMs: 21 * day * 1000,
    ...dataExtent(live),
    now: Date.now(),
  });
  if (!('windows' in resolved)) {
    throw new Error(resolved.problem);
  }
  t = performance.now();
  const series = await fetchValidationSeries(client, query, live, resolved.windows);
  const fetchRest = seconds(t);
  const options = { stepSeconds: 60, assumptions: SEED_ASSUMPTIONS };
  t = performance.now();
  priceWindows(live, resolved.windows, options);
  const priced = seconds(t);
  t = performance.now();
  validateFix(series, resolved.windows, options);
  return { fetchLive, fetchRest, priceWindows: priced, validateFix: seconds(t) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function report(timings: Timing[], load: number[], split: Phases): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const prometheusVersion = execFileSync('prometheus', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const slowest = Math.max(...timings.map((t) => median(t.seconds)));
  return [
    '# `connhealth validate` over 2 × 21 days',
    '',
    `Produced by \`npm run bench:validate\` (scripts/bench-validate.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores`,
    `(${cpu}), load average ${load.map((l) => l.toFixed(1)).join(' / ')} when it started (the machine is shared), ${prometheusVersion}.`,
    `The built CLI (\`node bin/connhealth.js validate … --json\`, process start included) against the simulated fix`,
    `rollout (${FIX_ROLLOUT_DAYS} days × 240 series at 60 s) in a real Prometheus, fix at ${FIX_ROLLOUT_AT}, default windows`,
    '(21 days each side) at the 1-minute step: 7 range queries of 60,480 points per series (split into 6 requests',
    'each), 5 daily range queries, 1 instant query, then the statistics and the ROI model on each window.',
    `${RUNS} runs per case; the median counts.`,
    '',
    `Target: under ${TARGET_SECONDS} s — ${slowest < TARGET_SECONDS ? 'met' : 'not met'} (slowest median ${slowest.toFixed(1)} s).`,
    '',
    '| case | runs (s) | median (s) | verdict |',
    '|---|---|---:|---|',
    ...timings.map(
      (t) =>
        `| ${t.name} | ${t.seconds.map((s) => s.toFixed(1)).join(', ')} | ${median(t.seconds).toFixed(1)} | ${t.verdict} |`
    ),
    '',
    'Where the time goes (one in-process run of the first case, seconds): the six ROI-panel range queries',
    `${split.fetchLive.toFixed(1)}, restarts + rollouts + daily queries ${split.fetchRest.toFixed(1)}, the ROI model alone`,
    `(\`liveImpact\` on each window: \`priceWindows\`) ${split.priceWindows.toFixed(1)}, the whole \`validateFix\` (the`,
    `same model plus the statistics and criteria) ${split.validateFix.toFixed(1)}.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) {
    throw new Error('bin/connhealth.js is missing: npm run build:cli first');
  }
  const load = os.loadavg();
  const prometheus = await startIncidentPrometheus({ scenario: 'fix-rollout', days: FIX_ROLLOUT_DAYS });
  try {
    const split = await phases(prometheus.url, CASES[0].services);
    const timings: Timing[] = CASES.map((c) => {
      const runs = Array.from({ length: RUNS }, () => runOnce(prometheus.url, c.services));
      return { name: c.name, seconds: runs.map((r) => r.seconds), verdict: runs[0].verdict };
    });
    fs.writeFileSync(OUT, report(timings, load, split));
    process.stdout.write(fs.readFileSync(OUT, 'utf8'));
  } finally {
    await prometheus.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
