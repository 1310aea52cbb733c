import { ASSUMPTION_FIELDS, resolveAssumptions, validateAssumptions, type Assumptions } from '../../src/impact';
import { CliError } from '../cliError';
import { readJsonFile } from './jsonFileArg';

const NAMES: readonly string[] = ASSUMPTION_FIELDS.map((f) => f.name);

/** Organisation assumptions from a file: unknown or misspelt fields are refused, like `impact --inputs` refuses them. */
export function assumptionsArg(file: string | undefined): Assumptions {
  if (!file) {
    return resolveAssumptions();
  }
  const raw = readJsonFile(file, 'assumptions');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError(`assumptions file ${file} must hold a JSON object with some of ${NAMES.join(', ')}`);
  }
  const unknown = Object.keys(raw).filter((k) => !NAMES.includes(k));
  const problems = [
    ...unknown.map((k) => `${JSON.stringify(k)} is not an assumption (expected one of ${NAMES.join(', ')})`),
    ...Object.entries(raw)
      .filter(([k, v]) => v === null && NAMES.includes(k))
      .map(([k]) => `${k} is null: give a number, or leave the field out for the default`),
    ...Object.values(validateAssumptions(raw as Record<string, unknown>)),
  ];
  if (problems.length) {
    throw new CliError(`invalid assumptions in ${file}: ${problems.join('; ')}`);
  }
  return resolveAssumptions(raw as Record<string, unknown>);
}
