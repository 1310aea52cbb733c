import { readTimeoutSettings, type TimeoutSettings } from '../../src/impact';
import { CliError } from '../cliError';
import { readJsonFile } from './jsonFileArg';

/** Per-hop timeout settings from a file; every bad field is named in one line, nothing is half-read. */
export function timeoutsArg(file: string | undefined): TimeoutSettings | undefined {
  if (!file) {
    return undefined;
  }
  const { settings, errors } = readTimeoutSettings(readJsonFile(file, 'timeouts'));
  if (errors.length) {
    throw new CliError(`invalid timeouts in ${file}: ${errors.join('; ')}`);
  }
  return settings;
}
