import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../run';
import { expectRefusal } from './expectRefusal';

let dir: string;
let aFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'connhealth-simulate-args-'));
  aFile = path.join(dir, 'a-file');
  writeFileSync(aFile, '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// serve only returns on a signal: every case here must be refused before it listens.
const SERVE: Array<[string[], RegExp]> = [
  [
    ['--days', '401'],
    /--days must be above 0 and at most 400, got 401: the simulator places its scenario in at most a year/,
  ],
  [['--days', '0'], /--days must be above 0 and at most 400, got 0/],
  [['--days=-1'], /--days must be above 0 and at most 400, got -1/],
  [['--days', '0.01'], /--days 0\.01 is shorter than an hour, too short for any of the scenario/],
  [['--days', 'a week'], /--days must be a number, got "a week"/],
  [['--days', ''], /--days must be a number, got ""/],
  [['--days', 'Infinity'], /--days must be a number, got "Infinity"/],
  [['--days', 'NaN'], /--days must be a number, got "NaN"/],
  [
    ['--speed', '1e18'],
    /--speed must be above 0 and at most 604800, got 1e18: scenario seconds per second; a week a second/,
  ],
  [['--speed', '604801'], /--speed must be above 0 and at most 604800, got 604801/],
  [['--speed', '0'], /--speed must be above 0 and at most 604800, got 0/],
  [['--speed=-60'], /--speed must be above 0/],
  [['--speed', 'Infinity'], /--speed must be a number, got "Infinity"/],
  [['--speed', '0x10'], /--speed must be a number, got "0x10"/],
  [['--speed', 'fast'], /--speed must be a number, got "fast"/],
  [['--port', '70000'], /--port must be between 0 and 65535, got 70000: 0 picks a free port/],
  [['--port', '65536'], /--port must be between 0 and 65535, got 65536/],
  [['--port=-1'], /--port must be between 0 and 65535, got -1/],
  [['--port', '80.5'], /--port must be a whole number, got "80\.5"/],
  [['--port', ''], /--port must be a whole number, got ""/],
  [['--port', '1e3'], /--port must be a whole number, got "1e3"/],
  [['--host', ''], /--host is empty: an address to listen on/],
  [['--host', 'local host'], /--host "local host" contains a space/],
  [['--host', '127.0.0.1\n'], /--host contains a line break at character 10/],
  [
    ['--host', '192.0.2.1', '--port', '0'],
    /cannot listen: --host 192\.0\.2\.1 is not an address of this machine: use 127\.0\.0\.1, 0\.0\.0\.0 .*\(EADDRNOTAVAIL\)/,
  ],
  [
    ['--host', '999.1.1.1', '--port', '0'],
    /cannot listen: --host 999\.1\.1\.1 does not resolve: use an IP address such as 127\.0\.0\.1 \(ENOTFOUND\)/,
  ],
  [['--seed', '1.5'], /--seed must be a whole number, got "1\.5"/],
  [
    ['--seed', '4294967296'],
    /--seed must be between 0 and 2147483647, got 4294967296: larger seeds repeat smaller ones/,
  ],
  [['--seed', 'lucky'], /--seed must be a whole number, got "lucky"/],
  [['--verbose'], /Unknown option '--verbose' \(connhealth simulate --help lists the options\)/],
];

const BACKFILL: Array<[(out: string) => string[], RegExp]> = [
  [(out) => ['--out', out, '--days', '401'], /--days must be above 0 and at most 400, got 401/],
  [
    (out) => ['--out', out, '--end', 'yesterday'],
    /--end "yesterday" is not a time: expected an ISO 8601 time with a zone/,
  ],
  [(out) => ['--out', out, '--end', '2026-04-16'], /--end "2026-04-16" is a date without a time and zone/],
  [(out) => ['--out', out, '--end', '2026-04-16T00:00:00'], /--end "2026-04-16T00:00:00" has no time zone/],
  [(out) => ['--out', out, '--end', '2026-02-31T00:00:00Z'], /February 2026 has 28 days/],
  [(out) => ['--out', out, '--seed', '-1'], /Option '--seed' argument is ambiguous/],
  [
    () => ['--out', path.join(aFile, 'sub')],
    /cannot write to --out .*a-file\/sub: a part of the path is a file, not a folder \((ENOTDIR|EEXIST)\)|a file of that name is in the way/,
  ],
  [
    () => ['--out', aFile],
    /cannot write to --out .*a-file: (a file of that name is in the way|a part of the path is a file, not a folder)/,
  ],
  [() => ['--out', '/proc/connhealth-out'], /cannot write to --out \/proc\/connhealth-out: no such folder \(ENOENT\)/],
  [
    () => ['--out', '/sys/connhealth-out'],
    /cannot write to --out \/sys\/connhealth-out: (not permitted|permission denied|read-only file system) \(E[A-Z]+\)/,
  ],
  [() => [], /--out DIR is required/],
];

describe('connhealth simulate refuses what it cannot honour, in one line, exit code 2', () => {
  it.each(SERVE)('serve %j', async (args, message) => {
    expectRefusal(await runCli(['simulate', 'serve', ...args]), 'simulate', message);
  });

  it.each(BACKFILL.map(([args, message], i) => [i, args, message] as const))(
    'backfill case %i',
    async (_, args, message) => {
      expectRefusal(await runCli(['simulate', 'backfill', ...args(path.join(dir, 'out'))]), 'simulate', message);
    }
  );

  it('serve on a port in use', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = holder.address() as net.AddressInfo;
      const result = await runCli(['simulate', 'serve', '--host', '127.0.0.1', '--port', String(port)]);
      expectRefusal(
        result,
        'simulate',
        new RegExp(
          `cannot listen: --port ${port} on 127\\.0\\.0\\.1 is in use: stop what holds it or choose another --port \\(0 picks a free one\\) \\(EADDRINUSE\\)`
        )
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it.each([
    [[], /simulate needs a subcommand: backfill or serve/],
    [['replay'], /unknown simulate subcommand "replay": backfill or serve/],
  ])('a missing or unknown subcommand %j', async (args, message) => {
    expectRefusal(await runCli(['simulate', ...args]), 'simulate', message);
  });
});
