import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { liveImpact, SEED_ASSUMPTIONS, SEED_MID_CASE, type Assumptions, type LiveSeries } from '../../../src/impact';
import { MINUTE, MINUTES, T0, live, series } from '../../../src/impact/__tests__/syntheticSeries';
import { runCli } from '../../run';
import type { ReportData } from '../collectReport';
import { reportJson } from '../reportJson';
import { reportMarkdown } from '../reportMarkdown';

const DAY = 86_400_000;

// What collectReport returns, minus the instant tables (empty here): the live part is the engine's own result.
function report(
  series: LiveSeries,
  range: { from: number; to: number },
  assumptions: Assumptions = SEED_ASSUMPTIONS
): ReportData {
  return {
    request: { ...range, stepSeconds: 60, serviceLabel: 'source', services: '.*', assumptions },
    fiveXxVolume: [],
    rxResets: [],
    pendingOverflow: [],
    latencyP99Ms: [],
    retrySuccess: [],
    live: liveImpact(series, { ...range, assumptions }),
  };
}

const noNumberTrouble = (text: string) => expect(text).not.toMatch(/NaN|Infinity|∞/);

describe('report figures that cannot be computed honestly (engine results, no Prometheus)', () => {
  it('puts the warnings first, under the title, when the range is longer than the data', () => {
    const md = reportMarkdown(report(live(), { from: T0 - 2 * DAY, to: T0 + 2 * DAY }));
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^# Connection Health report/);
    expect(lines.slice(1, 5)).toEqual([
      '',
      '> **Warnings**',
      '>',
      expect.stringMatching(/^> - Request data covers 2\.0 of the 4\.0 requested days/),
    ]);
    expect(md).toMatch(
      /\| burstsPerMonth \| 30 \| measured \| 2 bursts in 2\.0 days with data, of 4\.0 requested, scaled to 30 days \|/
    );
    noNumberTrouble(md);
  });

  it('prints "n/a (reason)" in Markdown and null plus the reason in JSON for an all-NaN 5xx series', () => {
    const data = report(
      { ...live(), errors: [series('next-pwa-app', MINUTES, () => 'NaN')] },
      { from: T0, to: T0 + MINUTES * MINUTE }
    );
    const md = reportMarkdown(data);
    expect(md).toMatch(/> - No data for: errors\./);
    expect(md).toMatch(
      /\| burstsPerMonth \| n\/a \(no 5xx data in the range \(not scraped, or never recorded\)\) \| measured \|/
    );
    expect(md).toMatch(/\*\*Annual profit at risk:\*\* n\/a \(no 5xx data in the range/);
    expect(md).toMatch(/\*\*Payback:\*\* n\/a \(no 5xx data/);
    noNumberTrouble(md);
    const json = reportJson(data);
    expect(Object.keys(json)[0]).toBe('warnings');
    expect(json.impact.annual.profit).toBeNull();
    expect(json.impact.unavailable['annual.profit']).toMatch(/^no 5xx data in the range/);
    expect(json.inputs.burstsPerMonth).toEqual({
      value: null,
      source: 'measured',
      note: expect.stringMatching(/^no 5xx data/),
    });
    noNumberTrouble(JSON.stringify(json));
  });

  it('prints an overflow as n/a everywhere, per burst, per scenario and in the headline', () => {
    const data = report(live(), { from: T0, to: T0 + MINUTES * MINUTE }, { ...SEED_ASSUMPTIONS, gmvPerSession: 1e308 });
    const md = reportMarkdown(data);
    expect(md).toMatch(/\| GMV at risk \| n\/a \(too large to compute/);
    expect(md).toMatch(/\*\*Year-1 ROI:\*\* n\/a \(too large to compute/);
    noNumberTrouble(md);
    const json = reportJson(data);
    expect(json.bursts[0]).toMatchObject({
      gmv: null,
      unavailable: { 'perBurst.gmv': expect.stringMatching(/^too large/) },
    });
    expect(json.scenarios[0].roiMultiple).toBeNull();
    noNumberTrouble(JSON.stringify(json));
  });
});

describe('connhealth impact with figures that cannot be computed', () => {
  const file = (inputs: object) => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'impact-')), 'inputs.json');
    writeFileSync(f, JSON.stringify(inputs));
    return f;
  };

  it('prints n/a with the reason instead of $∞ or "Infinity×"', async () => {
    const huge = file({ ...SEED_MID_CASE, gmvPerSession: 1e308 });
    const text = await runCli(['impact', '--inputs', huge]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/GMV at risk\s+n\/a \(too large to compute/);
    expect(text.stdout).toMatch(/Year-1 ROI\s+n\/a \(too large to compute/);
    noNumberTrouble(text.stdout);
    const json = JSON.parse((await runCli(['impact', '--inputs', huge, '--json'])).stdout);
    expect(json.perBurst.gmv).toBeNull();
    expect(json.unavailable.roiMultiple).toMatch(/^too large to compute/);
  });

  it('says why there is no payback when no burst is attributed', async () => {
    const { stdout } = await runCli(['impact', '--inputs', file({ ...SEED_MID_CASE, attributionRate: 0 })]);
    expect(stdout).toMatch(/Payback\s+n\/a \(no profit at risk, so the fix never pays back\)/);
    expect(stdout).toMatch(/Year-1 ROI\s+0\.0×/);
  });
});
