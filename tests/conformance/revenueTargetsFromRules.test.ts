import {
  DATABASE_IMPACT_TARGETS,
  RECORDING_COVERAGE_PROBES,
  chooseRevenueSource,
  renderExpr,
  revenuePanelTargets,
  type RevenueSource,
} from '../../src/queries';
import { liveImpact, resolveAssumptions, type LiveSeries } from '../../src/impact';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { instantQuery, queryStats, rangeQuery } from './prometheusApi';

// What the Business impact page sends at 30 days: a 5-minute step, so Grafana's $__rate_interval is 5m15s.
const STEP = 300;
const RATE_INTERVAL = '315s';

async function probe(prometheus: IncidentPrometheus, serviceLabel: string): Promise<RevenueSource> {
  const range = prometheus.end - prometheus.start;
  const steps: Record<string, number> = {};
  for (const { refId, expr } of RECORDING_COVERAGE_PROBES) {
    const rendered = renderExpr(expr, { serviceLabel, range: `${range}s` });
    const [answer] = await instantQuery(prometheus.url, rendered, prometheus.end);
    if (answer) {
      steps[refId] = answer.value;
    }
  }
  return chooseRevenueSource(steps, range);
}

const rendered = (expr: string) =>
  renderExpr(expr, { serviceLabel: 'source', rateInterval: RATE_INTERVAL, range: '30d' });

async function panelSeries(prometheus: IncidentPrometheus, source: RevenueSource): Promise<LiveSeries> {
  const entries = await Promise.all(
    revenuePanelTargets(source).map(async ({ refId, expr }) => {
      const series = await rangeQuery(prometheus.url, rendered(expr), prometheus.start, prometheus.end, STEP);
      return [
        refId,
        series.map((s) => ({
          service: Object.values(s.metric).join(','),
          samples: s.values.map(([t, v]) => [t * 1000, v] as [number, number]),
        })),
      ];
    })
  );
  return Object.fromEntries(entries) as LiveSeries;
}

describe('ROI panel inputs from the recording rules (real Prometheus; the simulated month with its rules backfilled)', () => {
  let withRules: IncidentPrometheus;

  beforeAll(async () => {
    withRules = await startIncidentPrometheus({ days: 30, withRecordingRules: true });
  });

  afterAll(async () => {
    await withRules?.stop();
  });

  it('chooses the recordings under the label the rules record (source), raw series under any other', async () => {
    expect(await probe(withRules, 'source')).toBe('recorded');
    expect(await probe(withRules, 'envoy_cluster_name')).toBe('raw');
  });

  it('gives the same bursts and figures from the recordings as from the raw queries', async () => {
    const options = {
      from: withRules.start * 1000,
      to: withRules.end * 1000,
      assumptions: resolveAssumptions(),
    };
    const raw = liveImpact(await panelSeries(withRules, 'raw'), options);
    const recorded = liveImpact(await panelSeries(withRules, 'recorded'), options);
    expect(recorded.missing).toEqual(raw.missing);
    expect(recorded.bursts.map((b) => [b.service, b.start])).toEqual(raw.bursts.map((b) => [b.service, b.start]));
    expect(recorded.bursts.length).toBe(withRules.groundTruth.bursts.length);
    const [recordedProfit, rawProfit] = [recorded.impact.annual.profit, raw.impact.annual.profit];
    const [recordedCalls, rawCalls] = [recorded.inputs.apiCallsPerPage.value, raw.inputs.apiCallsPerPage.value];
    if (recordedProfit === null || rawProfit === null || recordedCalls === null || rawCalls === null) {
      throw new Error(
        `a figure is unavailable: ${JSON.stringify({ recorded: recorded.unavailable, raw: raw.unavailable })}`
      );
    }
    expect(recordedProfit / rawProfit).toBeCloseTo(1, 2);
    expect(recorded.inputs.attributionRate.value).toBe(raw.inputs.attributionRate.value);
    expect(recordedCalls).toBeCloseTo(rawCalls, 1);
  });

  it('touches under a third of the raw samples (Prometheus’ own statistics)', async () => {
    // The database inputs have no recordings (their label is a setting, rules cannot take it): raw in both modes.
    const databaseRefIds = new Set<string>(DATABASE_IMPACT_TARGETS.map((t) => t.refId));
    const recordable = (source: RevenueSource) =>
      revenuePanelTargets(source).filter((t) => !databaseRefIds.has(t.refId));
    expect(revenuePanelTargets('recorded').filter((t) => databaseRefIds.has(t.refId))).toEqual(
      revenuePanelTargets('raw').filter((t) => databaseRefIds.has(t.refId))
    );
    const touched = async (source: RevenueSource) => {
      let samples = 0;
      for (const { expr } of recordable(source)) {
        const range = { start: withRules.start, end: withRules.end, step: STEP };
        samples += (await queryStats(withRules.url, rendered(expr), range)).totalQueryableSamples;
      }
      return samples;
    };
    expect(await touched('recorded')).toBeLessThan((await touched('raw')) / 3);
  });
});

describe('ROI panel inputs without the recording rules (real Prometheus; the simulated month, raw samples only)', () => {
  let rawOnly: IncidentPrometheus;

  beforeAll(async () => {
    rawOnly = await startIncidentPrometheus({ days: 30 });
  });

  afterAll(async () => {
    await rawOnly?.stop();
  });

  it('reads raw series when Prometheus has none of the recordings', async () => {
    expect(await probe(rawOnly, 'source')).toBe('raw');
  });
});
