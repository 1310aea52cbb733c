// npm run bench:engine: the impact engine (liveImpact and its parts) over 50 / 500 / 2,000 services × 30 days at
// 5-minute steps, one burst each; main's engine before the rewrite as far as it finishes in a bounded time.
import { execFileSync, spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunSpec } from './bench-engine/measureEngine';

const ROOT = path.join(__dirname, '..');
const BUILT = path.join(ROOT, '.cache/bench-engine/built');
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=12288'];
const OUT = path.join(ROOT, 'docs/benchmarks/engine.md');
// The last commit of main before the linear engine: "before" is measured on its src/impact.
const BEFORE_COMMIT = '97fa49128ffba7aea133badf7b6cf4b91752028f';
const BEFORE_TIMEOUT_S = 180;
const AFTER_TIMEOUT_S = 600;
const DAYS = 30;
const STEP_SECONDS = 300;

interface Plan {
  engine: RunSpec['engine'];
  shape: RunSpec['fleet']['shape'];
  services: number;
}

const PLANS: Plan[] = [
  { engine: 'before', shape: 'tuples', services: 10 },
  { engine: 'before', shape: 'tuples', services: 50 },
  { engine: 'before', shape: 'tuples', services: 500 },
  { engine: 'after', shape: 'tuples', services: 10 },
  { engine: 'after', shape: 'tuples', services: 50 },
  { engine: 'after', shape: 'tuples', services: 500 },
  { engine: 'after', shape: 'columns', services: 50 },
  { engine: 'after', shape: 'columns', services: 500 },
  { engine: 'after', shape: 'columns', services: 2000 },
];

type Event = Record<string, unknown> & { event: string };

interface Outcome {
  plan: Plan;
  events: Event[];
  status: string;
}

function beforeEngine(): string {
  const dir = path.join(ROOT, '.cache/bench-engine', `before-${BEFORE_COMMIT.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'src/impact/index.ts'))) {
    fs.mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', BEFORE_COMMIT, 'src/impact'], { cwd: ROOT, maxBuffer: 1 << 26 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return dir;
}

// Bundled and run on plain node, as the built CLI is: tsx's loader thread would count in the process' RSS.
function bundle(entry: string, name: string): string {
  const outfile = path.join(BUILT, `${name}.cjs`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** RSS of a Node process that has loaded nothing, with `flags`. */
function idleRssMb(flags: string[]): number {
  const out = execFileSync(
    process.execPath,
    [...flags, '-e', 'process.stdout.write(String(process.memoryUsage.rss()))'],
    {
      cwd: ROOT,
    }
  );
  return Number(out.toString()) / (1024 * 1024);
}

function run(plan: Plan, runner: string, engineModule: string): Promise<Outcome> {
  const spec: RunSpec = {
    engine: plan.engine,
    engineModule,
    fleet: { services: plan.services, days: DAYS, stepSeconds: STEP_SECONDS, shape: plan.shape },
    repeats: plan.engine === 'before' ? 1 : 3,
  };
  const timeoutS = plan.engine === 'before' ? BEFORE_TIMEOUT_S : AFTER_TIMEOUT_S;
  const child = spawn(process.execPath, [...NODE_FLAGS, runner, JSON.stringify(spec)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const events: Event[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.filter(Boolean).forEach((line) => events.push(JSON.parse(line) as Event));
  });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const ran = events.some((e) => e.event === 'liveImpact');
      const stopped = ran
        ? `stopped at ${timeoutS} s (liveImpact finished, its parts did not)`
        : `did not finish in ${timeoutS} s`;
      const status = timedOut ? stopped : code === 0 ? 'finished' : `failed (exit ${code})`;
      resolve({ plan, events, status });
    });
  });
}

const first = (o: Outcome, name: string) => o.events.find((e) => e.event === name);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: unknown, digits = 0) =>
  typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';

function row(o: Outcome): string {
  const runs = o.events.filter((e) => e.event === 'liveImpact');
  const part = (name: string) => o.events.find((e) => e.event === 'part' && e.name === name)?.wallMs;
  const wall = runs.length ? median(runs.map((r) => r.wallMs as number)) : undefined;
  const cpu = runs.length ? median(runs.map((r) => r.cpuMs as number)) : undefined;
  const peak = runs.length ? Math.max(...runs.map((r) => r.peakRssMb as number)) : undefined;
  return `| ${o.plan.engine} | ${o.plan.shape} | ${fmt(o.plan.services)} | ${fmt(first(o, 'input')?.samples)} | ${fmt(wall)} | ${fmt(cpu)} | ${fmt(part('detectBursts'))} | ${fmt(part('measuredAttributionRate'))} | ${fmt(part('measureApiCallsPerPage'))} | ${fmt(part('evaluateImpact'), 2)} | ${fmt(first(o, 'input')?.runtimeRssMb)} | ${fmt(first(o, 'input')?.heapMb)} | ${fmt(first(o, 'input')?.rssMb)} | ${fmt(runs[0]?.heapAfterMb)} | ${fmt(peak)} | ${fmt(first(o, 'done')?.partsPeakRssMb)} | ${fmt(first(o, 'done')?.maxRssMb)} | ${runs[0]?.bursts ?? '—'} | ${o.status} |`;
}

/** Same bursts and annual profit from both engines, wherever both finished on the same input. */
function agreement(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.plan.engine === 'before' && first(o, 'liveImpact'))
    .flatMap((before) => {
      const after = outcomes.find(
        (o) =>
          o.plan.engine === 'after' && o.plan.shape === before.plan.shape && o.plan.services === before.plan.services
      );
      const a = after && first(after, 'liveImpact');
      const b = first(before, 'liveImpact') as Event;
      if (!a) {
        return [];
      }
      const same =
        a.burstKeys === b.burstKeys && Math.abs((a.annualProfit as number) / (b.annualProfit as number) - 1) < 1e-9;
      return [
        `- ${before.plan.services} services: ${same ? 'the same' : 'DIFFERENT'} ${a.bursts} bursts (service, start, end) and annual profit (${fmt(a.annualProfit)} vs ${fmt(b.annualProfit)}) from both engines.`,
      ];
    });
}

function verdict(outcomes: Outcome[]): string[] {
  const target = outcomes.find(
    (o) => o.plan.engine === 'after' && o.plan.shape === 'columns' && o.plan.services === 500
  );
  const runs = target ? target.events.filter((e) => e.event === 'liveImpact') : [];
  if (runs.length === 0) {
    return ['- 500 services (columns): no result.'];
  }
  const wall = median(runs.map((r) => r.wallMs as number));
  const peak = Math.max(...runs.map((r) => r.peakRssMb as number));
  const maxRss = first(target as Outcome, 'done')?.maxRssMb as number;
  const input = first(target as Outcome, 'input') as Event;
  const runtime = input.runtimeRssMb as number;
  const withInput = input.rssMb as number;
  return [
    `- Compute, 500 services × 30 days (columns): median ${fmt(wall)} ms of wall time — target under 1,000 ms: ${wall < 1000 ? 'met' : 'NOT met'}.`,
    `- Memory, 500 services × 30 days (columns): ${fmt(maxRss)} MB RSS at most over the whole process, ${fmt(peak)} MB at most while liveImpact runs: Node itself ${fmt(runtime)} MB, the input ${fmt(withInput - runtime)} MB (${fmt(input.heapMb)} MB of it heap), the engine ${fmt(peak - withInput)} MB more — target under 500 MB: ${Math.max(peak, maxRss) < 500 ? 'met' : 'NOT met'}.`,
  ];
}

function report(outcomes: Outcome[], started: Date, load: number[], idle: { node: number; tsx: number }): string {
  return `# Impact engine at fleet scale

Produced by \`npm run bench:engine\` (scripts/bench-engine.ts) on ${started.toISOString().slice(0, 10)}: ${os.cpus().length} cores
(${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${load.map((l) => l.toFixed(1)).join(' / ')} when it
started (the machine is shared: wall times include waiting for a core; CPU time is the process' own, GC threads included).

Input: a synthetic fleet shaped like the ROI panel's inputs (\`src/impact/__tests__/syntheticFleet.ts\`): per service
the 5xx rate, request rate, rx_reset rate, remote-close ratio and page-request rate, and CLOSE_WAIT per node (10
services a node); ${DAYS} days at ${STEP_SECONDS / 60}-minute steps (8,640 points a series); one 30-minute burst per service.
"columns" is a Grafana data frame's time and value arrays (what the ROI panel passes); "tuples" is Prometheus'
\`[t, "value"]\` pairs with string values (what \`connhealth report\` passes). "before" is \`src/impact\` at
${BEFORE_COMMIT.slice(0, 7)} (main before this rewrite; it reads tuples only), stopped after ${BEFORE_TIMEOUT_S} s.

Each run is its own process: \`scripts/bench-engine/measureEngine.ts\` and the engine bundled with esbuild and run on
plain Node, as the built CLI (\`bin/connhealth.js\`) runs. liveImpact times are the median of 3 runs (1 for "before");
the parts are timed once each after them. Memory: Node's own RSS before the input is built ("runtime"), heap and RSS
after the input is built (and a GC), heap at the end of a liveImpact run (before a GC), the peak RSS while liveImpact
runs and while the parts run (the kernel's VmHWM, reset before each: exact, no sampling), and the process' peak RSS
over its whole life.

The harness, not the engine, used to put this figure over 500 MB: until 2026-12-02 each run was started through tsx
and sampled its RSS from a worker thread. An idle Node process with these flags holds ${fmt(idle.node)} MB RSS, with tsx's
loader ${fmt(idle.tsx)} MB (measured now, \`node --import tsx -e …\`): neither tsx's loader thread nor the sampling thread is
part of the CLI or the ROI panel. The engine's own share was cut too: summing CLOSE_WAIT over nodes, and
\`detectBursts\` / \`measureApiCallsPerPage\` called on their own, allocated fresh columns per node or service (with
the old harness the process' peak came from those parts, run after liveImpact); they now reuse two buffers, with
the same results.

${verdict(outcomes).join('\n')}

| engine | input | services | samples | liveImpact wall ms | CPU ms | detectBursts ms | measuredAttributionRate ms | measureApiCallsPerPage ms | evaluateImpact ms | runtime RSS MB | input heap MB | RSS with input MB | heap after MB | peak RSS in liveImpact MB | peak RSS in the parts MB | max RSS MB | bursts | status |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${outcomes.map(row).join('\n')}

Results agree where both engines finished:

${agreement(outcomes).join('\n') || '- (no size finished on both)'}
`;
}

async function main(): Promise<void> {
  const started = new Date();
  const load = os.loadavg();
  const runner = bundle(path.join(__dirname, 'bench-engine/measureEngine.ts'), 'measureEngine');
  const engines = {
    before: bundle(path.join(beforeEngine(), 'src/impact/index.ts'), `impact-${BEFORE_COMMIT.slice(0, 12)}`),
    after: bundle(path.join(ROOT, 'src/impact/index.ts'), 'impact'),
  };
  const idle = { node: idleRssMb(NODE_FLAGS), tsx: idleRssMb([...NODE_FLAGS, '--import', 'tsx']) };
  const outcomes: Outcome[] = [];
  for (const plan of PLANS) {
    const smaller = outcomes.find(
      (o) =>
        o.plan.engine === plan.engine &&
        o.plan.shape === plan.shape &&
        o.plan.services < plan.services &&
        o.status !== 'finished'
    );
    const outcome = smaller
      ? { plan, events: [], status: `not run: ${smaller.plan.services} services ${smaller.status}` }
      : await run(plan, runner, engines[plan.engine]);
    process.stdout.write(`${plan.engine} ${plan.shape} ${plan.services}: ${outcome.status}\n`);
    outcomes.push(outcome);
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, report(outcomes, started, load, idle));
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
