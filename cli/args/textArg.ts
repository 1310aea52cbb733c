import { CliError } from '../cliError';

const NAMES: Record<number, string> = { 0: 'a NUL byte', 9: 'a tab', 10: 'a line break', 13: 'a carriage return' };
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Refuses empty values and control characters: a label value never holds them, a bad paste often does. */
export function textArg(flag: string, raw: string, hint: string): string {
  if (raw.trim() === '') {
    throw new CliError(`${flag} is empty: ${hint}`);
  }
  const at = raw.search(CONTROL);
  if (at >= 0) {
    const code = raw.charCodeAt(at);
    const name = NAMES[code] ?? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new CliError(
      `${flag} contains ${name} at character ${at + 1}; label values never do (pasted across lines?): ${hint}`
    );
  }
  return raw;
}
