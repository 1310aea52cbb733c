import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../run';

describe('connhealth simulate', () => {
  it('refuses a missing subcommand, a missing --out and nonsense numbers, saying which', async () => {
    expect(await runCli(['simulate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('backfill or serve') });
    expect(await runCli(['simulate', 'backfill'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--out') });
    const zeroDays = await runCli(['simulate', 'backfill', '--out', '/tmp/x', '--days', '0']);
    expect(zeroDays).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--days must be above 0 and at most 400, got 0'),
    });
    const badEnd = await runCli(['simulate', 'backfill', '--out', '/tmp/x', '--end', 'yesterday']);
    expect(badEnd).toMatchObject({ code: 2, stderr: expect.stringContaining('--end "yesterday" is not a time') });
    const badPort = await runCli(['simulate', 'serve', '--port', '70000']);
    expect(badPort).toMatchObject({ code: 2, stderr: expect.stringContaining('--port') });
  });

  it('backfills one day: OpenMetrics ending in # EOF with second timestamps, and a ground truth', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'connhealth-cli-'));
    try {
      const result = await runCli(['simulate', 'backfill', '--days', '1', '--out', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('promtool tsdb create-blocks-from openmetrics');
      const truth = JSON.parse(fs.readFileSync(path.join(out, 'ground-truth.json'), 'utf8'));
      expect(truth.end).toBe(Date.parse('2026-04-16T00:00:00Z') / 1000);
      expect(truth.bursts.length).toBeGreaterThan(0);
      const text = fs.readFileSync(path.join(out, 'incident.om'), 'utf8');
      expect(text.endsWith('# EOF\n')).toBe(true);
      expect(text.split('\n', 1)[0]).toMatch(/ \d+ 17762\d{5}$/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
