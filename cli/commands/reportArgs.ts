import { parseArgs } from 'node:util';
import { ALL_VALUE_REGEX, DEFAULT_SERVICE_LABEL } from '../../src/constants';
import { DEFAULT_BURST_OPTIONS } from '../../src/impact';
import { assumptionsArg } from '../args/assumptionsArg';
import { durationArg } from '../args/durationArg';
import { parseIsoTime } from '../args/isoTime';
import { labelNameArg } from '../args/labelNameArg';
import { integerArg } from '../args/numbers';
import { textArg } from '../args/textArg';
import { timeoutsArg } from '../args/timeoutsArg';
import { CliError } from '../cliError';
import { DEFAULT_PROM_OPTIONS, type PromClientOptions } from '../prometheus/promClient';
import { MAX_STEP_SECONDS, chooseStepSeconds, type ReportRequest } from '../report/collectReport';

export interface ReportArgs {
  prometheus: string;
  request: ReportRequest;
  client: Partial<PromClientOptions>;
  format: 'json' | 'markdown';
}

export const REPORT_OPTIONS = {
  prometheus: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'service-label': { type: 'string', default: DEFAULT_SERVICE_LABEL },
  'database-service-label': { type: 'string' },
  services: { type: 'string', default: ALL_VALUE_REGEX },
  assumptions: { type: 'string' },
  'frontend-service': { type: 'string' },
  timeouts: { type: 'string' },
  step: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'boolean', default: false },
  markdown: { type: 'boolean', default: false },
} as const;

const HOUR_MS = 3_600_000;

function prometheusUrl(raw: string | undefined): string {
  let url: URL | undefined;
  try {
    url = raw ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
    throw new CliError(
      `--prometheus ${raw === undefined ? 'URL is required' : `"${raw}" is not a Prometheus URL`}: http:// or https://, without ?query or #fragment (e.g. http://localhost:9090, or https://mimir/prometheus)`
    );
  }
  return raw as string;
}

function stepSeconds(raw: string | undefined, rangeSeconds: number): number {
  if (raw === undefined) {
    return chooseStepSeconds(rangeSeconds);
  }
  const ms = durationArg('--step', raw, 0, 1000, Number.MAX_SAFE_INTEGER);
  if (ms % 1000 !== 0) {
    throw new CliError(`--step ${raw} must be a whole number of seconds`);
  }
  const step = ms / 1000;
  if (step > MAX_STEP_SECONDS) {
    throw new CliError(
      `--step ${raw} is coarser than ${MAX_STEP_SECONDS} s, half the shortest burst counted (${DEFAULT_BURST_OPTIONS.minDurationSeconds} s): bursts would fall between samples and go missing; use --step ${MAX_STEP_SECONDS} or finer`
    );
  }
  if (step > rangeSeconds) {
    throw new CliError(`--step ${raw} is longer than the range from --from to --to (${rangeSeconds} s)`);
  }
  return step;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) {
    throw new CliError(`${flag} is required (an ISO 8601 time with a zone, e.g. 2026-04-01T00:00:00Z)`);
  }
  return value;
}

/** Every `report` option checked before a single query is sent. */
export function parseReportArgs(argv: string[]): ReportArgs {
  const { values } = parseArgs({ args: argv, options: REPORT_OPTIONS, strict: true });
  const prometheus = prometheusUrl(values.prometheus);
  const from = parseIsoTime(required(values.from, '--from'), '--from');
  const to = parseIsoTime(required(values.to, '--to'), '--to');
  if (to <= from) {
    throw new CliError(`--to (${values.to}) must be after --from (${values.from})`);
  }
  if (values.json && values.markdown) {
    throw new CliError('choose one of --json and --markdown');
  }
  const timeoutMs = durationArg('--timeout', values.timeout, DEFAULT_PROM_OPTIONS.timeoutMs, 100, HOUR_MS);
  const deadlineMs = durationArg('--deadline', values.deadline, DEFAULT_PROM_OPTIONS.deadlineMs, 100, 24 * HOUR_MS);
  const concurrency = integerArg('--concurrency', values.concurrency, DEFAULT_PROM_OPTIONS.concurrency, {
    min: 1,
    max: 16,
    why: 'a few requests at once keep Prometheus responsive for everyone else',
  });
  const frontend = values['frontend-service'];
  const databaseLabel = values['database-service-label'];
  return {
    prometheus,
    format: values.json ? 'json' : 'markdown',
    client: { timeoutMs, deadlineMs, concurrency },
    request: {
      from,
      to,
      stepSeconds: stepSeconds(values.step, Math.floor(to / 1000) - Math.floor(from / 1000)),
      serviceLabel: labelNameArg('--service-label', values['service-label']),
      databaseServiceLabel:
        databaseLabel === undefined ? undefined : labelNameArg('--database-service-label', databaseLabel),
      services: textArg(
        '--services',
        values.services,
        'a regex over service names, e.g. "api-proxy|next-pwa-app" or .* for all'
      ),
      assumptions: assumptionsArg(values.assumptions),
      timeouts: timeoutsArg(values.timeouts),
      frontendService: frontend === undefined ? undefined : textArg('--frontend-service', frontend, 'one service name'),
    },
  };
}
