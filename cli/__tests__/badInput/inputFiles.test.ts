import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../run';
import { expectRefusal } from './expectRefusal';

const SEED_INPUTS = require('../../../docs/examples/impact-seed-mid-case.json');
const ASSUMPTION_NAMES =
  'gmvPerSession, profitMargin, abandonRate, extraRegionShare, engineerDays, dayRate, apiCallsPerPage, attributionRate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'connhealth-bad-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
function file(content: string | Buffer): string {
  const name = path.join(dir, `f${++count}.json`);
  writeFileSync(name, content);
  return name;
}

const json = (value: unknown) => file(JSON.stringify(value));

// Files every reader refuses the same way, whatever it reads: [case, make the file, message].
const UNREADABLE: Array<[string, () => string, RegExp]> = [
  [
    'a missing file',
    () => path.join(dir, 'missing.json'),
    /cannot read (inputs|assumptions) file .*missing\.json: ENOENT/,
  ],
  ['a folder', () => dir, /(inputs|assumptions) file .* is not a regular file \(a folder, device or pipe\)/],
  ['a device that never ends', () => '/dev/zero', /file \/dev\/zero is not a regular file/],
  [
    'a 2 MB file',
    () => file(`${' '.repeat(2 * 1024 * 1024)}{}`),
    /is 2097154 bytes: a JSON object of a few fields is expected/,
  ],
  ['an empty file', () => file(''), /file .* is not JSON: Unexpected end of JSON input/],
  ['JavaScript, not JSON', () => file('{gmvPerSession: 2.37}'), /file .* is not JSON: /],
  ['binary bytes', () => file(Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x0a])), /file .* is not JSON: /],
  ['a list', () => json([1, 2]), /must hold a JSON object|\(inputs\) must be a JSON object/],
  ['null', () => file('null'), /must hold a JSON object|\(inputs\) must be a JSON object/],
  ['a string', () => json('gmvPerSession=2'), /must hold a JSON object|\(inputs\) must be a JSON object/],
];

const BAD_ASSUMPTIONS: Array<[string, unknown, RegExp]> = [
  [
    'a misspelt field',
    { gmvPerSesion: 3 },
    new RegExp(`"gmvPerSesion" is not an assumption \\(expected one of ${ASSUMPTION_NAMES}\\)$`),
  ],
  ['an unknown field', { currency: 'EUR', gmvPerSession: 2 }, /"currency" is not an assumption/],
  ['a __proto__ field', JSON.parse('{"__proto__": {"gmvPerSession": 100}}'), /"__proto__" is not an assumption/],
  ['a field in the wrong case', { ProfitMargin: 0.25 }, /"ProfitMargin" is not an assumption/],
  [
    'a number written as a string',
    { abandonRate: '0.3' },
    /Abandon rate \(abandonRate\) must be a finite number, got "0\.3"/,
  ],
  ['a negative margin', { profitMargin: -0.25 }, /Profit margin \(profitMargin\) must be between 0 and 1, got -0\.25/],
  ['a margin as a percentage', { profitMargin: 25 }, /profitMargin\) must be between 0 and 1, got 25/],
  ['a number too large for a double', '{"dayRate": 1e309}', /Day rate \(dayRate\) must be a finite number/],
  ['a null value', { dayRate: null }, /dayRate is null: give a number, or leave the field out for the default/],
  [
    'an object for a number',
    { gmvPerSession: { value: 2.37 } },
    /GMV per session \(gmvPerSession\) must be a finite number/,
  ],
  ['zero calls per page', { apiCallsPerPage: 0 }, /apiCallsPerPage\) must be above 0/],
  [
    'two problems at once',
    { gmvPerSesion: 3, profitMargin: 2 },
    /"gmvPerSesion" is not an assumption .*; Profit margin \(profitMargin\) must be between 0 and 1/,
  ],
];

const BAD_INPUTS: Array<[string, unknown, RegExp]> = [
  ['a missing field', { ...SEED_INPUTS, fixCost: undefined }, /invalid inputs in .*: fixCost is missing$/],
  [
    'a misspelt field',
    { ...SEED_INPUTS, fixCosts: 9000 },
    /fixCosts is not a model input \(expected one of upstreamRequestsPerSecond, /,
  ],
  [
    'a rate as a percentage',
    { ...SEED_INPUTS, burstErrorRate: 1.5 },
    /burstErrorRate must be between 0 and 1, got 1\.5/,
  ],
  [
    'a burst below its baseline',
    { ...SEED_INPUTS, burstErrorRate: 0.0001 },
    /burstErrorRate must be at least baselineErrorRate/,
  ],
  [
    'a number written as a string',
    { ...SEED_INPUTS, burstsPerMonth: '10' },
    /burstsPerMonth must be a finite number, got "10"/,
  ],
  [
    'a number too large for a double',
    { ...SEED_INPUTS, upstreamRequestsPerSecond: Infinity },
    /upstreamRequestsPerSecond must be a finite number/,
  ],
  [
    'several problems',
    { ...SEED_INPUTS, profitMargin: -0.25, apiCallsPerPage: 0 },
    /apiCallsPerPage must be above 0.*; profitMargin must be between 0 and 1/,
  ],
];

const assumptionsReport = (assumptions: string) => [
  'report',
  '--prometheus',
  'http://127.0.0.1:1',
  '--from',
  '2026-04-10T00:00:00Z',
  '--to',
  '2026-04-11T00:00:00Z',
  '--assumptions',
  assumptions,
];

describe('hostile files are refused in one line naming the file and the field, exit code 2', () => {
  it.each(UNREADABLE)('report --assumptions with %s', async (_, make, message) => {
    expectRefusal(await runCli(assumptionsReport(make())), 'report', message);
  });

  it.each(UNREADABLE)('impact --inputs with %s', async (_, make, message) => {
    expectRefusal(await runCli(['impact', '--inputs', make()]), 'impact', message);
  });

  it.each(BAD_ASSUMPTIONS)('report --assumptions with %s', async (_, content, message) => {
    const result = await runCli(assumptionsReport(typeof content === 'string' ? file(content) : json(content)));
    expectRefusal(result, 'report', message);
    expect(result.stderr).toMatch(/invalid assumptions in .*\.json: /);
  });

  it.each(BAD_INPUTS)('impact --inputs with %s', async (_, content, message) => {
    // JSON.stringify writes Infinity as null; the raw text keeps what a hostile file would hold.
    const text = JSON.stringify(content).replace('null', '1e309');
    expectRefusal(await runCli(['impact', '--inputs', file(text)]), 'impact', message);
  });

  it('reads a file saved with a byte-order mark', async () => {
    const result = await runCli(['impact', '--inputs', file(`\uFEFF${JSON.stringify(SEED_INPUTS)}`), '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(Math.round(JSON.parse(result.stdout).roiMultiple)).toBe(18);
  });
});
