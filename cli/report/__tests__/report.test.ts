import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { incidentReportArgs } from '../../../tests/fixtures/incidentReportArgs';
import { runCli } from '../../run';
import { splitRange } from '../../prometheus/promClient';
import { startFakePrometheus, type FakePrometheus } from './fakePrometheus';
import { BURST, FROM, TO, incident } from './incidentAnswers';

const iso = (s: number) => new Date(s * 1000).toISOString();
const args = (url: string, ...more: string[]) => incidentReportArgs({ url, start: FROM, end: TO }, ...more);

describe('connhealth report against a fake Prometheus', () => {
  let prom: FakePrometheus;
  beforeEach(async () => {
    prom = await startFakePrometheus(incident);
  });
  afterEach(() => prom.stop());

  it('finds the burst but not the deployment, and measures calls per page and attribution', async () => {
    const example = path.join(__dirname, '../../../docs/examples/assumptions.json');
    const { code, stdout } = await runCli(args(prom.url, '--json', '--assumptions', example));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.bursts.map((b: { service: string; start: string }) => [b.service, b.start])).toEqual([
      ['next-pwa-app', iso(BURST[0])],
    ]);
    expect(out.bursts[0].closeWaitSignature).toBe(true);
    expect(out.bursts[0].excessFailures).toBeGreaterThan(4600 * 0.014 * 1800 * 0.9);
    expect(out.measured.apiCallsPerPage).toBeCloseTo(23, 6);
    expect(out.measured.attributionRate).toBe(1);
    expect(out.inputs.gmvPerSession).toMatchObject({ value: 2.37, source: 'assumed' });
    expect(out.missing).toEqual(['closeWait']);
    expect(out.fiveXxVolume).toEqual([
      { service: 'next-pwa-app', value: 12_100_000 },
      { service: 'api-proxy', value: null },
    ]);
    expect(out.latencyP99Ms).toEqual([
      { service: 'next-pwa-app', value: 1478 },
      { service: 'pull', value: null },
    ]);
    expect(out.impact.annual.profit).toBeGreaterThan(0);
    expect(Object.keys(out.impact)).toEqual([
      'perBurst',
      'monthly',
      'annual',
      'paybackDays',
      'roiMultiple',
      'unavailable',
    ]);
    expect(out.impact.unavailable).toEqual({});
  });

  it('splits a long range so no request exceeds 11,000 points per series, and joins the pieces', async () => {
    const { code, stdout } = await runCli(args(prom.url, '--json', '--step', '10'));
    expect(code).toBe(0);
    const ranges = prom.requests.filter((u) => u.pathname === '/api/v1/query_range');
    for (const u of ranges) {
      const [start, end, step] = ['start', 'end', 'step'].map((k) => Number(u.searchParams.get(k)));
      expect((end - start) / step + 1).toBeLessThanOrEqual(11_000);
    }
    // 2 days at 10 s = 17,281 points: two requests per query; seven ROI queries, the retry rate, five database pool queries.
    expect(ranges.length).toBe(26);
    expect(JSON.parse(stdout).bursts).toHaveLength(1);
  });

  it('measures calls per page on the named frontend service when asked', async () => {
    const { stdout } = await runCli(args(prom.url, '--json', '--frontend-service', 'no-such-service'));
    const out = JSON.parse(stdout);
    expect(out.measured.apiCallsPerPage).toBeNull();
    expect(out.inputs.apiCallsPerPage).toMatchObject({ value: 23, source: 'assumed' });
  });

  it('writes Markdown ready to paste, with measured and assumed inputs marked', async () => {
    const { stdout } = await runCli(args(prom.url, '--markdown'));
    expect(stdout).toMatch(/^# Connection Health report/);
    expect(stdout).toMatch(/\| 2026-04-10T10:00:00Z \| next-pwa-app \| 30 \|.*\| yes \|/);
    expect(stdout).toMatch(/\| apiCallsPerPage \| 23 \| measured \|/);
    expect(stdout).toMatch(/\| gmvPerSession \| 2.37 \| assumed \|/);
    expect(stdout).toMatch(/No data for: closeWait/);
    // The fake's edge: 0.002 5xx/s over 200 pages/s while the mesh fails 69 of 4,600/s: (1e-5) ÷ 0.015.
    expect(stdout).toMatch(
      /Failures users saw \(measured\): measured 0\.0667%: downstream ÷ upstream 5xx ratio during the bursts of 1 service/
    );
  });

  it('says so plainly when the range holds no data at all', async () => {
    const empty = await startFakePrometheus(() => []);
    try {
      const { code, stdout } = await runCli(args(empty.url, '--markdown'));
      expect(code).toBe(0);
      expect(stdout).toMatch(/No 5xx bursts in this range/);
      expect(stdout).toMatch(/No data for: errors, requests, rxReset, remoteCloseRatio, closeWait, pages/);
    } finally {
      await empty.stop();
    }
  });
});

describe('connhealth report without a usable Prometheus', () => {
  it('names the URL when Prometheus is down', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await runCli(args(`http://127.0.0.1:${port}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`cannot reach Prometheus at http://127.0.0.1:${port}`));
  });

  it('refuses bad arguments and nonsense assumptions before querying', async () => {
    expect((await runCli(['report', '--from', iso(FROM), '--to', iso(TO)])).stderr).toMatch(
      /--prometheus URL is required/
    );
    expect((await runCli(args('http://127.0.0.1:1', '--service-label', 'bad-label'))).stderr).toMatch(/bad-label/);
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'assumptions-')), 'a.json');
    writeFileSync(bad, JSON.stringify({ profitMargin: -0.25, apiCallsPerPage: 0 }));
    const refused = await runCli(args('http://127.0.0.1:1', '--assumptions', bad));
    expect(refused.stderr).toMatch(/Profit margin \(profitMargin\) must be between 0 and 1, got -0.25/);
    expect(refused.stderr).toMatch(/apiCallsPerPage\) must be above 0/);
    const swapped = ['report', '--prometheus', 'http://x', '--from', iso(TO), '--to', iso(FROM)];
    expect((await runCli(swapped)).stderr).toMatch(/--to \(.+\) must be after --from \(.+\)/);
  });
});

describe('splitRange', () => {
  it('covers the range back to back without overlap, each window within 11,000 points', () => {
    const windows = splitRange(0, 30 * 86_400, 60);
    expect(windows[0][0]).toBe(0);
    expect(windows[windows.length - 1][1]).toBe(30 * 86_400);
    windows.slice(1).forEach(([start], i) => expect(start).toBe(windows[i][1] + 60));
    windows.forEach(([a, b]) => expect((b - a) / 60 + 1).toBeLessThanOrEqual(11_000));
  });
});
