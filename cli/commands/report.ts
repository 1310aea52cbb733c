import { parseArgs } from 'node:util';
import { ALL_VALUE_REGEX, DEFAULT_SERVICE_LABEL } from '../../src/constants';
import { resolveAssumptions, validateAssumptions, type Assumptions } from '../../src/impact';
import { CliError } from '../cliError';
import { PromClient } from '../prometheus/promClient';
import { chooseStepSeconds, collectReport } from '../report/collectReport';
import { reportJson } from '../report/reportJson';
import { reportMarkdown } from '../report/reportMarkdown';
import { readJsonFile } from './impact';

export const REPORT_USAGE = `connhealth report --prometheus URL --from ISO --to ISO [--service-label L] [--services REGEX]
                  [--assumptions FILE] [--frontend-service NAME] [--step SECONDS] [--json|--markdown]
  The seed's section 6 and 9 tables from live data: 5xx volume, bursts, rx_reset, pending overflow,
  p99 baseline, retry success, and the business impact with every input measured or assumed. Works
  against Prometheus, Thanos or Mimir; long ranges are split so no request exceeds 11,000 points.`;

function parseTime(value: string | undefined, flag: string): number {
  if (!value) {
    throw new CliError(`${flag} is required (an ISO time such as 2026-04-01T00:00:00Z)`);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new CliError(`${flag} "${value}" is not an ISO time (e.g. 2026-04-01T00:00:00Z)`);
  }
  return ms;
}

export function readAssumptions(file: string | undefined): Assumptions {
  if (!file) {
    return resolveAssumptions();
  }
  const raw = readJsonFile(file, 'assumptions');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError(`assumptions file ${file} must hold a JSON object`);
  }
  const errors = Object.values(validateAssumptions(raw as Record<string, unknown>));
  if (errors.length) {
    throw new CliError(`invalid assumptions in ${file}:\n${errors.join('\n')}`);
  }
  return resolveAssumptions(raw as Record<string, unknown>);
}

export async function reportCommand(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      prometheus: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'service-label': { type: 'string', default: DEFAULT_SERVICE_LABEL },
      services: { type: 'string', default: ALL_VALUE_REGEX },
      assumptions: { type: 'string' },
      'frontend-service': { type: 'string' },
      step: { type: 'string' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.prometheus || !/^https?:\/\//.test(values.prometheus)) {
    throw new CliError('--prometheus URL is required (http:// or https://, e.g. http://localhost:9090)');
  }
  const from = parseTime(values.from, '--from');
  const to = parseTime(values.to, '--to');
  if (to <= from) {
    throw new CliError('--to must be after --from');
  }
  const step = values.step === undefined ? chooseStepSeconds((to - from) / 1000) : Number(values.step);
  if (!Number.isInteger(step) || step < 1) {
    throw new CliError(`--step "${values.step}" must be a whole number of seconds, at least 1`);
  }
  if (values.json && values.markdown) {
    throw new CliError('choose one of --json and --markdown');
  }
  const data = await collectReport(new PromClient(values.prometheus), {
    from,
    to,
    stepSeconds: step,
    serviceLabel: values['service-label'],
    services: values.services,
    assumptions: readAssumptions(values.assumptions),
    frontendService: values['frontend-service'],
  }).catch((e: unknown) => {
    // renderExpr refuses a bad label name or duration: that is the user's input, not a crash.
    throw e instanceof Error && !(e instanceof CliError) && /label name|duration|Unresolved/.test(e.message)
      ? new CliError(e.message)
      : e;
  });
  return values.json ? JSON.stringify(reportJson(data), null, 2) : reportMarkdown(data);
}
