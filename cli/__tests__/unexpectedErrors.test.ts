import { CliError } from '../cliError';
import { COMMANDS, runCli } from '../run';

// A command that fails the way a bug would, registered only for these tests.
beforeAll(() => {
  COMMANDS.broken = {
    run: (argv) => {
      if (argv[0] === 'user') {
        throw new CliError('the file\nnames two things');
      }
      return (null as unknown as { x: string }).x;
    },
    usage: 'connhealth broken',
  };
});
afterAll(() => delete COMMANDS.broken);

describe('errors that are not the user’s', () => {
  it('print one line and exit code 1, pointing at --debug', async () => {
    const result = await runCli(['broken']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^connhealth broken: unexpected error: Cannot read properties of null \(reading 'x'\) \(run again with --debug for the stack trace, and please report it\)$/
    );
  });

  it('keep their stack trace behind --debug, wherever it is given', async () => {
    for (const argv of [
      ['--debug', 'broken'],
      ['broken', '--debug'],
    ]) {
      const result = await runCli(argv);
      expect(result.code).toBe(1);
      const [first, ...stack] = result.stderr.split('\n');
      expect(first).toBe("connhealth broken: unexpected error: Cannot read properties of null (reading 'x')");
      expect(stack[0]).toMatch(/^TypeError: /);
      expect(stack.some((line) => /^\s+at .*unexpectedErrors\.test\.ts:\d+:\d+/.test(line))).toBe(true);
    }
  });

  it('keep user errors on one line even when the message has a line break; --debug adds the stack', async () => {
    expect(await runCli(['broken', 'user'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'connhealth broken: the file names two things',
    });
    const debug = await runCli(['--debug', 'broken', 'user']);
    expect(debug.stderr.split('\n').length).toBeGreaterThan(2);
  });

  it('--help anywhere after a command prints that command’s usage and the global --debug option', async () => {
    const result = await runCli(['report', '--from', 'x', '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^connhealth report --prometheus URL/);
    expect(result.stdout).toMatch(/--timeout 2m\] \[--deadline 10m\] \[--concurrency 4\]/);
    expect(result.stdout).toMatch(/Global option: --debug prints the stack trace/);
  });
});
