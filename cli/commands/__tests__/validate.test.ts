import { runCli } from '../../run';

// Input checks that need no Prometheus: they fail before the first query (the URL points nowhere).
const BASE = ['validate', '--prometheus', 'http://127.0.0.1:9'];

describe('connhealth validate: bad input gets one clear line and exit code 2 (no Prometheus reached)', () => {
  it.each([
    ['no --fix-at', [], /--fix-at is required/],
    ['a fix time without a zone', ['--fix-at', '2026-03-25T12:00:00'], /not an ISO 8601 time with a zone/],
    ['a date that does not exist', ['--fix-at', '2026-02-30T00:00:00Z'], /not an ISO 8601 time with a zone/],
    ['a fix time in the future', ['--fix-at', '2999-01-01T00:00:00Z'], /is in the future/],
    [
      'a malformed --before',
      ['--fix-at', '2026-03-25T12:00:00Z', '--before', '21 days'],
      /--before "21 days" is not a duration/,
    ],
    [
      'a malformed --after',
      ['--fix-at', '2026-03-25T12:00:00Z', '--after', '1.5d'],
      /--after "1.5d" is not a duration/,
    ],
    ['a window shorter than a day', ['--fix-at', '2026-03-25T12:00:00Z', '--after', '12h'], /at least one day long/],
    ['an unknown flag', ['--fix-at', '2026-03-25T12:00:00Z', '--fixat', 'x'], /fixat/],
  ])('%s', async (_what, args, message) => {
    const { code, stdout, stderr } = await runCli([...BASE, ...(args as string[])]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stderr.split('\n')[0]).toMatch(/^connhealth validate: /);
  });

  it('refuses a missing or non-HTTP Prometheus URL', async () => {
    const { code, stderr } = await runCli([
      'validate',
      '--prometheus',
      'localhost:9090',
      '--fix-at',
      '2026-03-25T12:00:00Z',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--prometheus URL is required/);
  });

  it('refuses a service label that is not a Prometheus label name before querying', async () => {
    const { code, stderr } = await runCli([
      ...BASE,
      '--fix-at',
      '2026-03-25T12:00:00Z',
      '--service-label',
      'bad-label',
    ]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/bad-label/);
  });

  it('refuses a database service label that is not a Prometheus label name before querying', async () => {
    const { code, stderr } = await runCli([
      ...BASE,
      '--fix-at',
      '2026-03-25T12:00:00Z',
      '--database-service-label',
      'team-name',
    ]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/Database service label "team-name" is not a valid Prometheus label name/);
  });
});
