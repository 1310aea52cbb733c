import { parseArgs } from 'node:util';
import { ALL_VALUE_REGEX, DEFAULT_SERVICE_LABEL } from '../../src/constants';
import { equalWindows, parseFixTime, parseWindowDuration, validationJson } from '../../src/fixValidation';
import { runValidation } from '../../src/fixValidation/fetch/runValidation';
import { CliError } from '../cliError';
import { PromClient } from '../prometheus/promClient';
import { validationText } from '../validate/validationText';
import { assumptionsArg } from '../args/assumptionsArg';

export const VALIDATE_USAGE = `connhealth validate --prometheus URL --fix-at ISO-8601 [--before 21d] [--after 21d]
                    [--service-label source] [--database-service-label L] [--services REGEX] [--namespaces REGEX]
                    [--assumptions FILE] [--frontend-service NAME] [--json]
  Did the fix work, how sure are we, and what has it returned? Compares the windows before and after
  --fix-at (same length on both sides by default, clipped to the data) on the seed's success criteria:
  restart-to-recover, rx_reset, remote-close ratio, bursts, 5xx volume, retry success, p99, keep-alive
  cycling and pending overflow, each met / not-met / insufficient-data with a confidence, and prices
  both windows with the ROI panel's model. Restarts and rollouts are read in the namespaces the
  service names point at (conveyor-cloud.ns.X → X) unless --namespaces says otherwise. Bursts around a full
  database of their service (its exporter targets labelled with --database-service-label, default
  --service-label) are priced as database pool exhaustion, not CLOSE_WAIT.`;

function duration(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const ms = parseWindowDuration(raw);
  if (ms === undefined) {
    throw new CliError(`${flag} "${raw}" is not a duration such as 21d, 3w or 36h`);
  }
  return ms;
}

function fixTime(raw: string | undefined): number {
  if (!raw) {
    throw new CliError('--fix-at is required (an ISO 8601 time with a zone, e.g. 2026-03-25T12:00:00Z)');
  }
  const ms = parseFixTime(raw);
  if (ms === undefined) {
    throw new CliError(`--fix-at "${raw}" is not an ISO 8601 time with a zone (e.g. 2026-03-25T12:00:00Z)`);
  }
  return ms;
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      prometheus: { type: 'string' },
      'fix-at': { type: 'string' },
      before: { type: 'string' },
      after: { type: 'string' },
      'service-label': { type: 'string', default: DEFAULT_SERVICE_LABEL },
      'database-service-label': { type: 'string' },
      services: { type: 'string', default: ALL_VALUE_REGEX },
      namespaces: { type: 'string' },
      assumptions: { type: 'string' },
      'frontend-service': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.prometheus || !/^https?:\/\//.test(values.prometheus)) {
    throw new CliError('--prometheus URL is required (http:// or https://, e.g. http://localhost:9090)');
  }
  const fixAt = fixTime(values['fix-at']);
  const before = duration(values.before, '--before');
  const after = duration(values.after, '--after');
  return { values, fixAt, ...equalWindows(before, after), assumptions: assumptionsArg(values.assumptions) };
}

// renderExpr refuses a bad label name or duration: that is the user's input, not a crash.
function asUsageError(e: unknown): unknown {
  return e instanceof Error && !(e instanceof CliError) && /label name|duration|Unresolved/.test(e.message)
    ? new CliError(e.message)
    : e;
}

export async function validateCommand(argv: string[], now = Date.now()): Promise<string> {
  const { values, fixAt, beforeMs, afterMs, assumptions } = parse(argv);
  const client = new PromClient(values.prometheus as string);
  try {
    const run = await runValidation(client, {
      fixAt,
      beforeMs,
      afterMs,
      serviceLabel: values['service-label'],
      databaseServiceLabel: values['database-service-label'],
      services: values.services,
      namespaces: values.namespaces,
      assumptions,
      frontendService: values['frontend-service'],
      now,
    });
    if ('problem' in run) {
      throw new CliError(run.problem);
    }
    return values.json
      ? JSON.stringify(validationJson(run.validation), null, 2)
      : validationText(run.validation, run.query);
  } catch (e) {
    throw asUsageError(e);
  }
}
