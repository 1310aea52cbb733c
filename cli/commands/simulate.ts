import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_DAYS,
  DEFAULT_END,
  FIX_ROLLOUT_DAYS,
  SCENARIOS,
  backfill,
  buildTimeline,
  startLiveExporter,
  type ScenarioName,
} from '../../simulator';
import { CliError } from '../cliError';
import { daysArg, endArg, hostArg, portArg, seedArg, speedArg } from './simulateArgs';

export const SIMULATE_USAGE = `connhealth simulate backfill --out DIR [--days 30] [--seed 42] [--end ${DEFAULT_END}]
                           [--scenario incident|fix-rollout]
  Writes DIR/incident.om (OpenMetrics for promtool tsdb create-blocks-from openmetrics) and
  DIR/ground-truth.json (bursts, 5xx totals, restarts) from the seed-000 incident scenario, or from
  the fix rollout (--scenario fix-rollout, ${FIX_ROLLOUT_DAYS} days by default: the leak stops on two services
  on 2026-03-25, a "fix" on a third does not help).
connhealth simulate serve [--port 9900] [--host 0.0.0.0] [--speed 60] [--days 1] [--seed 42]
  Serves the same scenario live at /metrics, looping its last --days; --speed is scenario seconds per
  second (the default loops the last day, with a CLOSE_WAIT burst and a deployment, in 24 minutes).
  Stops cleanly on SIGTERM or Ctrl-C.`;

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
  throw new CliError(
    sub ? `unknown simulate subcommand "${sub}": backfill or serve` : 'simulate needs a subcommand: backfill or serve'
  );
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  ENOENT: 'no such folder',
};

function fsError(e: unknown, out: string): unknown {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && FS_REASONS[code]
    ? new CliError(`cannot write to --out ${out}: ${FS_REASONS[code]} (${code}); choose a folder you can write to`)
    : e;
}

// mkdir -p one level at a time: node's recursive mkdirSync never returns under /proc (seen on Node 20).
function makeFolders(out: string): void {
  const parts = path.resolve(out).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const folder = path.join(path.sep, ...parts.slice(0, i));
    if (!fs.existsSync(folder)) {
      fs.mkdirSync(folder);
    }
  }
}

// Fails in milliseconds on a folder we cannot write to, instead of after generating 30 days.
function writableFolder(out: string): string {
  try {
    makeFolders(out);
    const probe = path.join(out, `.connhealth-write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (e) {
    throw fsError(e, out);
  }
  return out;
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
  const days = daysArg(values.days, scenario === 'incident' ? DEFAULT_DAYS : FIX_ROLLOUT_DAYS);
  const options = { days, seed: seedArg(values.seed), end: endArg(values.end), scenario };
  const out = writableFolder(values.out);
  let result: ReturnType<typeof backfill>;
  try {
    result = backfill({ ...options, out });
  } catch (e) {
    // A scenario that cannot be placed in the requested window is the user's choice of --days/--end, not a crash.
    throw e instanceof Error && /scenario needs/.test(e.message) ? new CliError(e.message) : fsError(e, out);
  }
  const truth = result.groundTruth;
  return [
    `Wrote ${truth.sampleCount} samples of ${truth.seriesCount} series (${new Date(truth.start * 1000).toISOString()} → ${new Date(truth.end * 1000).toISOString()})`,
    `  ${result.openMetricsFile}`,
    `  ${result.groundTruthFile} (${truth.bursts.length} bursts, ${truth.deployments.length} deployments)`,
    `Backfill: promtool tsdb create-blocks-from openmetrics --max-block-duration=4374h ${result.openMetricsFile} DATA_DIR`,
  ].join('\n');
}

const LISTEN_REASONS: Record<string, string> = {
  EADDRINUSE: 'is in use: stop what holds it or choose another --port (0 picks a free one)',
  EACCES: 'needs privileges here: choose a --port above 1023',
  EADDRNOTAVAIL: 'is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own addresses',
  ENOTFOUND: 'does not resolve: use an IP address such as 127.0.0.1',
  EAI_AGAIN: 'does not resolve: use an IP address such as 127.0.0.1',
};

function listenError(e: unknown, host: string, port: number): unknown {
  const code = (e as { code?: unknown })?.code;
  const reason = typeof code === 'string' ? LISTEN_REASONS[code] : undefined;
  if (!reason) {
    return e;
  }
  const what = code === 'EADDRINUSE' || code === 'EACCES' ? `--port ${port} on ${host}` : `--host ${host}`;
  return new CliError(`cannot listen: ${what} ${reason} (${code})`);
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
  const port = portArg(values.port);
  const host = hostArg(values.host);
  const speed = speedArg(values.speed);
  const days = daysArg(values.days, SERVE_DAYS);
  const exporter = await startLiveExporter({
    timeline: buildTimeline(days, DEFAULT_END),
    seed: seedArg(values.seed),
    host,
    port,
    speed,
  }).catch((e: unknown) => {
    throw listenError(e, host, port);
  });
  process.stdout.write(`connhealth simulate: serving ${exporter.url}/metrics (speed ${speed}×, ${days}-day loop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await exporter.close();
  return 'connhealth simulate: stopped';
}
