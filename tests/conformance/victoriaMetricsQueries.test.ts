import { runCli } from '../../cli/run';
import type { ValidationJson } from '../../src/fixValidation';
import { QUERY_CATALOGUE, getQuery, renderExpr, type CatalogueQuery } from '../../src/queries';
import { RULE_BACKED_QUERIES, recordingRuleGroups } from '../../src/queries/rules';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { incidentReportArgs } from '../fixtures/incidentReportArgs';
import { startIncidentVictoriaMetrics, type IncidentVictoriaMetrics } from '../fixtures/incidentVictoriaMetrics';
import { expectCatalogueAnswers } from './catalogueAnswers';
import { instantQuery, type Sample } from './prometheusApi';
import { engineTolerance } from '../../src/queries/enginePortability';

// A cold cache imports the month with vmctl and replays the rules with vmalert (~70 s idle, minutes loaded).
const COLD_FIXTURE_MS = 1_200_000;

interface Report {
  fiveXxVolume: Array<{ service: string; value: number }>;
  bursts: Array<{ service: string; start: string; end: string; excessFailures: number; cause?: string }>;
  measured: Record<string, number | string>;
  impact: {
    monthly: Record<string, number>;
    annual: Record<string, number>;
    paybackDays: number;
    roiMultiple: number;
  };
}

const keyed = (samples: Sample[]) =>
  Object.fromEntries(samples.map((s) => [JSON.stringify(Object.entries(s.metric).sort()), s.value]));
const near = (a: number, b: number, relative: number) => Math.abs(a - b) <= relative * Math.max(Math.abs(b), 1e-9);

describe('the catalogue on VictoriaMetrics 1.79 holding the same simulated month as Prometheus', () => {
  let vm: IncidentVictoriaMetrics;
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    [vm, prometheus] = await Promise.all([
      startIncidentVictoriaMetrics({ days: 30, withRules: true }),
      startIncidentPrometheus({ days: 30, withRecordingRules: true }),
    ]);
  }, COLD_FIXTURE_MS);

  afterAll(async () => {
    await Promise.all([vm?.stop(), prometheus?.stop()]);
  });

  const worst = () => vm.groundTruth.bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));

  it.each(QUERY_CATALOGUE.map((q) => [q.id, q] as const))('%s parses and returns data', async (_id, query) => {
    await expectCatalogueAnswers(vm.url, query, vm);
  });

  it.each(QUERY_CATALOGUE.map((q) => [q.id, q] as const))(
    '%s gives the same series and values as Prometheus in a burst, at baseline and at the end',
    async (_id, query: CatalogueQuery) => {
      const rendered = renderExpr(query.expr, { rateInterval: '5m', range: '30d' });
      const tolerance = engineTolerance(query.expr);
      for (const t of [worst().start + 1200, worst().start - 3 * 3600, vm.end]) {
        const onVm = keyed(await instantQuery(vm.url, rendered, t));
        const onPrometheus = keyed(await instantQuery(prometheus.url, rendered, t));
        expect({ t, series: Object.keys(onVm).sort() }).toEqual({ t, series: Object.keys(onPrometheus).sort() });
        for (const [series, value] of Object.entries(onPrometheus)) {
          expect({ t, series, close: near(onVm[series], value, tolerance) }).toEqual({ t, series, close: true });
        }
      }
    }
  );

  it.each(recordingRuleGroups().flatMap((g) => g.rules.map((r) => [r.record, r] as const)))(
    'recording rule %s evaluates on VictoriaMetrics and vmalert recorded it over the month',
    async (record, rule) => {
      const evaluated = await instantQuery(vm.url, rule.expr, worst().end - 60);
      expect(evaluated.length).toBeGreaterThan(0);
      expect(evaluated.every((s) => Number.isFinite(s.value))).toBe(true);
      const [recorded] = await instantQuery(vm.url, `count(count_over_time(${record}[31d]))`, vm.end);
      expect(recorded?.value).toBe(evaluated.length);
    }
  );

  it.each(Object.entries(RULE_BACKED_QUERIES))(
    '%s read from vmalert\u2019s recordings matches Prometheus\u2019 recordings',
    async (id, expr) => {
      // A recorded quantile keeps the raw panel's tolerance: the recording is where histogram_quantile ran.
      const tolerance = engineTolerance(getQuery(id).expr);
      for (const t of [worst().end - 60, vm.end]) {
        const onVm = keyed(await instantQuery(vm.url, expr, t));
        const onPrometheus = keyed(await instantQuery(prometheus.url, expr, t));
        expect(Object.keys(onVm).sort()).toEqual(Object.keys(onPrometheus).sort());
        for (const [series, value] of Object.entries(onPrometheus)) {
          expect({ series, close: near(onVm[series], value, tolerance) }).toEqual({ series, close: true });
        }
      }
    }
  );

  it('gives connhealth report the same 5xx volume, bursts, API calls per page and ROI as on Prometheus', async () => {
    const report = async (url: string): Promise<Report> => {
      const { code, stdout, stderr } = await runCli(incidentReportArgs({ ...vm, url }, '--json'));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      return JSON.parse(stdout) as Report;
    };
    const [onVm, onPrometheus] = [await report(vm.url), await report(prometheus.url)];
    const volume = (r: Report) => r.fiveXxVolume.map((v) => v.service);
    expect(volume(onVm)).toEqual(volume(onPrometheus));
    expect(volume(onVm).length).toBeGreaterThan(0);
    onPrometheus.fiveXxVolume.forEach((v, i) => expect(near(onVm.fiveXxVolume[i].value, v.value, 1e-3)).toBe(true));
    const edges = (r: Report) =>
      r.bursts.map((b) => ({ service: b.service, start: b.start, end: b.end, cause: b.cause }));
    expect(edges(onVm)).toEqual(edges(onPrometheus));
    expect(edges(onVm)).toHaveLength(vm.groundTruth.bursts.length);
    onPrometheus.bursts.forEach((b, i) =>
      expect(near(onVm.bursts[i].excessFailures, b.excessFailures, 1e-3)).toBe(true)
    );
    expect(onVm.measured.apiCallsPerPageService).toBe(onPrometheus.measured.apiCallsPerPageService);
    expect(near(onVm.measured.apiCallsPerPage as number, onPrometheus.measured.apiCallsPerPage as number, 1e-9)).toBe(
      true
    );
    const money = (r: Report) => [
      r.impact.monthly.profit,
      r.impact.annual.profit,
      r.impact.annual.gmv,
      r.impact.paybackDays,
      r.impact.roiMultiple,
    ];
    money(onPrometheus).forEach((figure, i) => expect(near(money(onVm)[i], figure, 1e-3)).toBe(true));
  });

  it('gives connhealth validate the same verdicts as on Prometheus', async () => {
    const fixAt = new Date(((vm.start + vm.end) / 2) * 1000).toISOString();
    const validate = async (url: string) => {
      const { code, stdout, stderr } = await runCli(['validate', '--prometheus', url, '--fix-at', fixAt, '--json']);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const json = JSON.parse(stdout) as ValidationJson;
      return { verdict: json.verdict, criteria: json.criteria.map((c) => [c.id, c.verdict]) };
    };
    const onVm = await validate(vm.url);
    expect(onVm.criteria.length).toBeGreaterThan(0);
    expect(onVm).toEqual(await validate(prometheus.url));
  });
});
