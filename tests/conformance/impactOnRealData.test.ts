import { runCli } from '../../cli/run';
import { PromClient } from '../../cli/prometheus/promClient';
import { detectBursts } from '../../src/impact';
import { getQuery, renderExpr } from '../../src/queries';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { incidentReportArgs } from '../fixtures/incidentReportArgs';

const MINUTES = 60;
// Bursts are read from 1-minute rate ratios: edges land within a few steps of the simulated truth.
const EDGE_TOLERANCE_S = 10 * MINUTES;

interface ReportBurst {
  service: string;
  start: string;
  end: string;
  excessFailures: number;
  closeWaitSignature: boolean;
  cause?: string;
}

const seconds = (iso: string) => Date.parse(iso) / 1000;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('connhealth report and detectBursts on a real Prometheus (30 days of the simulated incident)', () => {
  let prometheus: IncidentPrometheus;
  let report: { bursts: ReportBurst[]; measured: Record<string, unknown>; impact: { annual: { profit: number } } };

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: 30 });
    const { code, stdout, stderr } = await runCli(incidentReportArgs(prometheus, '--json'));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    report = JSON.parse(stdout);
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  it('finds every ground-truth burst, on the right service, with the right CLOSE_WAIT signature', () => {
    const truth = prometheus.groundTruth.bursts;
    expect(report.bursts).toHaveLength(truth.length);
    for (const t of truth) {
      const found = report.bursts.find(
        (b) => b.service === t.service && Math.abs(seconds(b.start) - t.start) <= EDGE_TOLERANCE_S
      );
      expect({ burst: `${t.service}@${t.start}`, found: Boolean(found) }).toEqual({
        burst: `${t.service}@${t.start}`,
        found: true,
      });
      expect(Math.abs(seconds(found!.end) - t.end)).toBeLessThanOrEqual(EDGE_TOLERANCE_S);
      expect(found!.excessFailures / t.excessFailures).toBeGreaterThan(0.85);
      expect(found!.excessFailures / t.excessFailures).toBeLessThan(1.15);
      expect(found!.closeWaitSignature).toBe(t.closeWaitSignature);
    }
  });

  it("attributes each burst with the one engine: api-lazlo-sox's dependency burst to its MySQL pool, the rest to CLOSE_WAIT", () => {
    const truth = prometheus.groundTruth.bursts;
    const causes = truth.map((t) => {
      const found = report.bursts.find(
        (b) => b.service === t.service && Math.abs(seconds(b.start) - t.start) <= EDGE_TOLERANCE_S
      );
      return { burst: `${t.service}@${t.start}`, cause: found?.cause };
    });
    expect(causes).toEqual(
      truth.map((t) => ({
        burst: `${t.service}@${t.start}`,
        cause: t.cause === 'upstream_dependency' ? 'database pool exhaustion' : 'CLOSE_WAIT',
      }))
    );
    expect(truth.some((t) => t.cause === 'upstream_dependency')).toBe(true);
  });

  it('does not call a rolling deployment a burst', () => {
    const deployments = prometheus.groundTruth.deployments;
    expect(deployments.length).toBeGreaterThan(0);
    for (const d of deployments) {
      const clash = report.bursts.filter(
        (b) => b.service === d.service && overlaps({ start: seconds(b.start), end: seconds(b.end) }, d)
      );
      expect({ deployment: d, clash }).toEqual({ deployment: d, clash: [] });
    }
  });

  it('measures API calls per page on the frontend and the CLOSE_WAIT attribution rate', () => {
    const truth = prometheus.groundTruth;
    expect(report.measured.apiCallsPerPageService).toBe(truth.frontend.source);
    expect(report.measured.apiCallsPerPage as number).toBeCloseTo(truth.frontend.apiCallsPerPage, 1);
    const share = truth.bursts.filter((b) => b.closeWaitSignature).length / truth.bursts.length;
    expect(report.measured.attributionRate).toBeCloseTo(share, 6);
    expect(report.impact.annual.profit).toBeGreaterThan(0);
  });

  it('detectBursts on the raw query output of one week agrees with the ground truth', async () => {
    const client = new PromClient(prometheus.url);
    const from = prometheus.end - 7 * 86_400;
    const render = { rateInterval: '2m' };
    const toSeries = (raw: Awaited<ReturnType<PromClient['queryRange']>>) =>
      raw.map((s) => ({
        service: s.metric.source,
        samples: s.values.map(([t, v]) => [t * 1000, v] as [number, string]),
      }));
    const errors = await client.queryRange(
      renderExpr(getQuery('upstream5xxRate').expr, render),
      from,
      prometheus.end,
      60,
      'errors'
    );
    const requests = await client.queryRange(
      renderExpr(getQuery('upstreamRequestRate').expr, render),
      from,
      prometheus.end,
      60,
      'requests'
    );
    const found = detectBursts({ errors: toSeries(errors), requests: toSeries(requests) });
    const truth = prometheus.groundTruth.bursts.filter((b) => b.start >= from + 600);
    expect(truth.length).toBeGreaterThan(0);
    expect(found.map((b) => b.service).sort()).toEqual(truth.map((b) => b.service).sort());
  });
});
