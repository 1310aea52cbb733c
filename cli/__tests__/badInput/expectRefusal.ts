import type { CliResult } from '../../run';

/** One line on stderr naming what was wrong, no stack trace, nothing on stdout, the given exit code. */
export function expectRefusal(result: CliResult, command: string, message: RegExp, code = 2): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code, stdout: '' });
  expect(result.stderr.split('\n')).toEqual([expect.stringMatching(new RegExp(`^connhealth ${command}: `))]);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}
