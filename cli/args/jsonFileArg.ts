import { readFileSync, statSync } from 'node:fs';
import { CliError } from '../cliError';
import { errorMessage } from '../errorText';

// Inputs and assumptions are a dozen fields: anything bigger is the wrong file (or /dev/zero).
const MAX_BYTES = 1024 * 1024;

/** Parsed JSON of a small regular file; every way it can fail is a one-line CliError naming the file. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      throw new CliError(`${what} file ${file} is not a regular file (a folder, device or pipe)`);
    }
    if (stat.size > MAX_BYTES) {
      throw new CliError(`${what} file ${file} is ${stat.size} bytes: a JSON object of a few fields is expected`);
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`cannot read ${what} file ${file}: ${errorMessage(e)}`);
  }
  try {
    // Editors on Windows start UTF-8 files with a byte-order mark that JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${what} file ${file} is not JSON: ${errorMessage(e)}`);
  }
}
