import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../run';

const SEED_FILE = path.join(__dirname, '../../../docs/examples/impact-seed-mid-case.json');

function inputsFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'impact-')), 'inputs.json');
  writeFileSync(file, content);
  return file;
}

describe('connhealth impact', () => {
  it("evaluates the seed's mid-case inputs file to its table, as JSON", async () => {
    const { code, stdout } = await runCli(['impact', '--inputs', SEED_FILE, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['perBurst', 'monthly', 'annual', 'paybackDays', 'roiMultiple', 'unavailable']);
    expect(out.unavailable).toEqual({});
    expect(Object.keys(out.perBurst)).toEqual(['excessFailures', 'failedPageRenders', 'lostSessions', 'gmv', 'profit']);
    expect(Math.round(out.perBurst.excessFailures / 100) * 100).toBe(122_700);
    expect(Math.round(out.monthly.lostSessions / 100) * 100).toBe(22_400);
    expect(Math.round(out.annual.profit / 1000)).toBe(159);
    expect(Math.round(out.roiMultiple)).toBe(18);
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await runCli(['impact', '--inputs', SEED_FILE]);
    expect(stdout).toMatch(/excess upstream failures\s+122,67\d/);
    expect(stdout).toMatch(/Payback\s+20.6 days/);
  });

  it('refuses nonsense inputs naming each field, and unreadable files', async () => {
    const bad = inputsFile(JSON.stringify({ ...require(SEED_FILE), profitMargin: -0.25, apiCallsPerPage: 0 }));
    const r = await runCli(['impact', '--inputs', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profitMargin must be between 0 and 1/);
    expect(r.stderr).toMatch(/apiCallsPerPage must be above 0/);
    expect((await runCli(['impact', '--inputs', inputsFile('{not json')])).stderr).toMatch(/is not JSON/);
    expect((await runCli(['impact', '--inputs', '/nonexistent/x.json'])).stderr).toMatch(/cannot read inputs file/);
    expect((await runCli(['impact'])).stderr).toMatch(/--inputs FILE is required/);
  });
});
