// npm run bench:queries: samples touched and latency of every panel over 30 days, raw vs recording rules.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUERY_CATALOGUE, renderExpr } from '../src/queries';
import { RULE_BACKED_QUERIES } from '../src/queries/rules';
import { ensureBlocks, ensureRuleBlocks } from '../tests/fixtures/incidentPrometheus';
import { startPrometheus } from '../tests/fixtures/prometheusServer';
import { queryStats } from '../tests/conformance/prometheusApi';

const DAYS = 30;
// Grafana's default for a 30-day panel (~720 points): a 1 h step, and $__rate_interval = step + a 1 m scrape.
const STEP = 3600;
const RATE_INTERVAL = '61m';
const RUNS = 5;
const SAMPLE_BUDGET = 5_000_000;
const OUT = path.join(__dirname, '../docs/benchmarks/queries.md');

interface Row {
  panel: string;
  source: 'raw' | 'rule';
  samples: number;
  medianMs: number;
}

async function main(): Promise<void> {
  const cached = ensureBlocks(DAYS);
  const truth = JSON.parse(fs.readFileSync(path.join(cached, 'ground-truth.json'), 'utf8')) as {
    start: number;
    end: number;
  };
  const ruleBlocks = await ensureRuleBlocks(cached, truth);
  const prometheus = await startPrometheus({ blocksDirs: [path.join(cached, 'blocks'), ...ruleBlocks] });
  try {
    const rows: Row[] = [];
    for (const query of QUERY_CATALOGUE) {
      const raw = renderExpr(query.expr, { rateInterval: RATE_INTERVAL, range: `${DAYS}d` });
      rows.push(await measure(prometheus.url, query.id, 'raw', raw, !!query.instant, truth));
      const rule = RULE_BACKED_QUERIES[query.id];
      if (rule) {
        rows.push(await measure(prometheus.url, query.id, 'rule', rule, !!query.instant, truth));
      }
    }
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, report(rows));
    process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
  } finally {
    await prometheus.stop();
  }
}

async function measure(
  url: string,
  panel: string,
  source: Row['source'],
  expr: string,
  instant: boolean,
  range: { start: number; end: number }
): Promise<Row> {
  const window = instant ? { time: range.end } : { start: range.start, end: range.end, step: STEP };
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await queryStats(url, expr, window));
  }
  const times = runs.map((r) => r.execTotalTime * 1000).sort((a, b) => a - b);
  return { panel, source, samples: runs[0].totalQueryableSamples, medianMs: times[Math.floor(RUNS / 2)] };
}

function report(rows: Row[]): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const worst = Math.max(...rows.filter((r) => r.source === 'raw').map((r) => r.samples));
  const ruleMax = Math.max(...rows.filter((r) => r.source === 'rule').map((r) => r.medianMs));
  return `# Query cost over ${DAYS} days

Produced by \`npm run bench:queries\` (scripts/bench-queries.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores
(${os.cpus()[0]?.model ?? 'unknown CPU'}), Prometheus ${prometheusVersion()}, the simulated 30-day incident
(${DAYS} days × 208 series at 60 s, ~9 M samples). Range panels run as range queries over the whole
30 days at the dashboard's default resolution (step ${STEP} s, \`$__rate_interval\` = ${RATE_INTERVAL}); instant
panels (whole-range tables and volumes) run once at the end. Samples are Prometheus' own
\`totalQueryableSamples\` (\`stats=all\`); latency is the median \`execTotalTime\` of ${RUNS} runs. "rule" rows answer
the same panel from the recording rules in \`prometheus/rules/\`, backfilled by
\`tests/fixtures/recordingRulesBackfill.ts\` (each rule as a range query at its group's interval, one block).

Goal: no panel over 30 days touches more than ${fmt(SAMPLE_BUDGET)} samples (largest raw: ${fmt(worst)} —
${worst <= SAMPLE_BUDGET ? 'met' : 'NOT met'}); 30-day summaries from rules under 100 ms (slowest rule-backed
panel: ${ruleMax.toFixed(1)} ms — ${ruleMax < 100 ? 'met' : 'NOT met'}).

| panel | source | samples touched | median latency (ms) |
|---|---|---:|---:|
${rows.map((r) => `| ${r.panel} | ${r.source} | ${fmt(r.samples)} | ${r.medianMs.toFixed(1)} |`).join('\n')}
`;
}

function prometheusVersion(): string {
  return execFileSync('prometheus', ['--version'], { encoding: 'utf8' })
    .split('\n')[0]
    .replace(/^prometheus, version /, '');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
