import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateImpact, formatFieldErrors, parseImpactInputs, type ImpactResult } from '../../src/impact';
import { CliError } from '../cliError';
import { formatImpactText } from './impactText';

export const IMPACT_USAGE = `connhealth impact --inputs FILE [--json]
  Evaluates the seed's business-impact model (per burst, monthly, annual, payback, ROI) from a JSON
  file with upstreamRequestsPerSecond, burstErrorRate, baselineErrorRate, burstDurationSeconds,
  apiCallsPerPage, abandonRate, gmvPerSession, profitMargin, burstsPerMonth, extraRegionShare,
  attributionRate, fixCost (rates as fractions: 1.5% = 0.015).`;

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} file ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} file ${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Figures as JSON: an unavailable one is null, and `unavailable` says why, by figure name. */
export function impactJson(result: ImpactResult) {
  const { unavailable: _perBurstReasons, ...perBurst } = result.perBurst;
  return {
    perBurst,
    monthly: { lostSessions: result.monthly.lostSessions, gmv: result.monthly.gmv, profit: result.monthly.profit },
    annual: result.annual,
    paybackDays: result.paybackDays,
    roiMultiple: result.roiMultiple,
    unavailable: result.unavailable,
  };
}

export function impactCommand(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: { inputs: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.inputs) {
    throw new CliError('--inputs FILE is required');
  }
  const { inputs, errors } = parseImpactInputs(readJsonFile(values.inputs, 'inputs'));
  if (!inputs) {
    throw new CliError(`invalid inputs in ${values.inputs}:\n${formatFieldErrors(errors)}`);
  }
  const result = evaluateImpact(inputs);
  return values.json ? JSON.stringify(impactJson(result), null, 2) : formatImpactText(result);
}
