import { parseArgs } from 'node:util';
import {
  DEFAULT_DAYS,
  DEFAULT_END,
  DEFAULT_SEED,
  FIX_ROLLOUT_DAYS,
  SCENARIOS,
  backfill,
  buildTimeline,
  startLiveExporter,
  type ScenarioName,
} from '../../simulator';
import { CliError } from '../cliError';

export const SIMULATE_USAGE = `connhealth simulate backfill --out DIR [--days 30] [--seed 42] [--end ${DEFAULT_END}]
                           [--scenario incident|fix-rollout]
  Writes DIR/incident.om (OpenMetrics for promtool tsdb create-blocks-from openmetrics) and
  DIR/ground-truth.json (bursts, 5xx totals, restarts) from the seed-000 incident scenario, or from
  the fix rollout (--scenario fix-rollout, ${FIX_ROLLOUT_DAYS} days by default: the leak stops on two services
  on 2026-03-25, a "fix" on a third does not help).
connhealth simulate serve [--port 9900] [--host 0.0.0.0] [--speed 60] [--days 1] [--seed 42]
  Serves the same scenario live at /metrics, looping its last --days; --speed is scenario seconds per
  second (the default loops the last day, with a CLOSE_WAIT burst and a deployment, in 24 minutes).`;

// One day holds the last CLOSE_WAIT burst, its build-up and a deployment: a demo sees them within minutes.
const SERVE_DAYS = 1;

export async function simulateCommand(argv: string[]): Promise<string> {
  const [sub, ...rest] = argv;
  if (sub === 'backfill') {
    return backfillCommand(rest);
  }
  if (sub === 'serve') {
    return serveCommand(rest);
  }
  throw new CliError(sub ? `Unknown simulate subcommand "${sub}"` : 'simulate needs a subcommand: backfill or serve');
}

function backfillCommand(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      end: { type: 'string' },
      scenario: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) {
    throw new CliError('--out DIR is required');
  }
  const scenario = (values.scenario ?? 'incident') as ScenarioName;
  if (!SCENARIOS.includes(scenario)) {
    throw new CliError(`--scenario must be one of ${SCENARIOS.join(', ')}, got "${values.scenario}"`);
  }
  const days = positiveNumber('--days', values.days, scenario === 'incident' ? DEFAULT_DAYS : FIX_ROLLOUT_DAYS);
  const result = backfillOrRefuse({
    days,
    out: values.out,
    seed: integer('--seed', values.seed, DEFAULT_SEED),
    end: isoDate(values.end ?? DEFAULT_END),
    scenario,
  });
  const truth = result.groundTruth;
  return [
    `Wrote ${truth.sampleCount} samples of ${truth.seriesCount} series (${new Date(truth.start * 1000).toISOString()} → ${new Date(truth.end * 1000).toISOString()})`,
    `  ${result.openMetricsFile}`,
    `  ${result.groundTruthFile} (${truth.bursts.length} bursts, ${truth.deployments.length} deployments)`,
    `Backfill: promtool tsdb create-blocks-from openmetrics --max-block-duration=4374h ${result.openMetricsFile} DATA_DIR`,
  ].join('\n');
}

// A scenario that cannot be placed in the requested window is the user's choice of --days/--end, not a crash.
function backfillOrRefuse(options: Parameters<typeof backfill>[0]): ReturnType<typeof backfill> {
  try {
    return backfill(options);
  } catch (e) {
    throw e instanceof Error && /scenario needs/.test(e.message) ? new CliError(e.message) : e;
  }
}

async function serveCommand(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      speed: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const port = integer('--port', values.port, 9900);
  if (port < 0 || port > 65535) {
    throw new CliError(`--port must be between 0 and 65535, got ${port}`);
  }
  const speed = positiveNumber('--speed', values.speed, 60);
  const days = positiveNumber('--days', values.days, SERVE_DAYS);
  const exporter = await startLiveExporter({
    timeline: buildTimeline(days, DEFAULT_END),
    seed: integer('--seed', values.seed, DEFAULT_SEED),
    host: values.host ?? '0.0.0.0',
    port,
    speed,
  });
  process.stdout.write(`connhealth simulate: serving ${exporter.url}/metrics (speed ${speed}×, ${days}-day loop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await exporter.close();
  return 'connhealth simulate: stopped';
}

function positiveNumber(flag: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new CliError(`${flag} must be a positive number, got "${raw}"`);
  }
  return value;
}

function integer(flag: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value)) {
    throw new CliError(`${flag} must be an integer, got "${raw}"`);
  }
  return value;
}

function isoDate(raw: string): string {
  if (!Number.isFinite(Date.parse(raw))) {
    throw new CliError(`--end must be an ISO date such as ${DEFAULT_END}, got "${raw}"`);
  }
  return raw;
}
