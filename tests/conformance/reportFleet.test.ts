import { PromClient } from '../../cli/prometheus/promClient';
import { runCli } from '../../cli/run';
import { getQuery, renderExpr } from '../../src/queries';
import { incidentReportArgs } from '../fixtures/incidentReportArgs';
import { startFleetPrometheus, type FleetPrometheus } from '../fixtures/fleetPrometheus';

const END = Date.parse('2026-04-16T00:00:00Z') / 1000;
// 1-minute rates over 2-minute windows: a burst's edges land within a few steps of the generated truth.
const EDGE_TOLERANCE_S = 5 * 60;

describe('connhealth report on a real Prometheus holding a generated fleet (12 services, 1 day, a burst each)', () => {
  let prometheus: FleetPrometheus;
  const args = (...more: string[]) => incidentReportArgs(prometheus, ...more);

  beforeAll(async () => {
    prometheus = await startFleetPrometheus({ services: 12, days: 1, end: END });
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  it('finds every generated burst on its own service, with the same answer at any concurrency', async () => {
    const runs = await Promise.all(['1', '4'].map((c) => runCli(args('--json', '--concurrency', c))));
    for (const run of runs) {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    }
    const [one, four] = runs.map((r) => JSON.parse(r.stdout));
    expect(four).toEqual(one);
    const found = one.bursts as Array<{ service: string; start: string; end: string; closeWaitSignature: boolean }>;
    expect(found.map((b) => b.service).sort()).toEqual(prometheus.bursts.map((b) => b.service).sort());
    for (const truth of prometheus.bursts) {
      const burst = found.find((b) => b.service === truth.service)!;
      expect(Math.abs(Date.parse(burst.start) / 1000 - truth.start)).toBeLessThanOrEqual(EDGE_TOLERANCE_S);
      expect(Math.abs(Date.parse(burst.end) / 1000 - truth.end)).toBeLessThanOrEqual(EDGE_TOLERANCE_S);
      expect(burst.closeWaitSignature).toBe(true);
    }
  });

  it('refuses a service label no series has, listing the labels Prometheus reports for the metric', async () => {
    const result = await runCli(args('--service-label', 'app'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'connhealth report: no envoy_cluster_upstream_rq_xx series in the range has the service label "app", so every service would sum into one; its labels are envoy_cluster_name, envoy_response_code_class, job, source: pass one of them as --service-label',
    });
  });

  it('reports by another label the metric has', async () => {
    const result = await runCli(args('--json', '--service-label', 'envoy_cluster_name'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).bursts).toHaveLength(prometheus.bursts.length);
  });

  it('passes on, in one line, the refusal of a services regex Prometheus cannot compile', async () => {
    const result = await runCli(args('--services', 'svc-(0001'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^connhealth report: Prometheus refused \w+ \(HTTP 400, bad_data\): .*error parsing regexp: missing closing \): `\^\(\?:svc-\(0001\)\$`$/
      ),
    });
  });

  it('sends service values with line breaks, quotes, backslashes and $-words that Prometheus parses as written', async () => {
    const client = new PromClient(prometheus.url);
    try {
      const services = 'svc-0001|svc\n0002|"q"|a\\.b|$__range|${namespace}';
      const expr = renderExpr(getQuery('upstream5xxVolume').expr, { services, range: '1d' });
      const rows = await client.queryInstant(expr, prometheus.end, 'upstream5xxVolume');
      expect(rows.map((r) => r.metric.source)).toEqual(['svc-0001']);
    } finally {
      client.close();
    }
  });
});
