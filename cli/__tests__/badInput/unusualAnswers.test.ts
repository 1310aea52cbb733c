import { startFakePrometheus, type Answer, type FakeSeries } from '../../report/__tests__/fakePrometheus';
import { FROM, TO, incident } from '../../report/__tests__/incidentAnswers';
import { incidentReportArgs } from '../../../tests/fixtures/incidentReportArgs';
import { runCli } from '../../run';
import { expectRefusal } from './expectRefusal';
import { fiveXxRange, json, on } from './hostileAnswers';

const iso = (s: number) => new Date(s * 1000).toISOString();
const reportArgs = (url: string, ...more: string[]) =>
  incidentReportArgs({ url, start: FROM, end: TO }, '--timeout', '20s', '--deadline', '60s', ...more);

async function report(answer: Answer, ...more: string[]) {
  const prometheus = await startFakePrometheus(answer);
  try {
    return await runCli(reportArgs(prometheus.url, ...more));
  } finally {
    await prometheus.stop();
  }
}

const relabel =
  (relabelled: (metric: Record<string, string>) => Record<string, string>): Answer =>
  (query) =>
    incident(query).map((s) => ({ ...s, metric: relabelled(s.metric) }));

describe('connhealth report against valid but unusual Prometheus answers', () => {
  it.each(['NaN', '+Inf', '-Inf'])(
    'prints no NaN or Infinity when every sample is %s',
    async (value) => {
      const answer: Answer = (query) => incident(query).map((s) => ({ ...s, at: () => value }));
      for (const format of ['--markdown', '--json']) {
        const result = await report(answer, format);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).not.toMatch(/NaN|Infinity|∞/);
      }
    },
    30_000
  );

  it('reads a large answer: 2,000 services in one query', async () => {
    const many: FakeSeries[] = Array.from({ length: 2000 }, (_, i) => ({
      metric: { source: `svc-${i}` },
      at: () => '3',
    }));
    const answer: Answer = (query) => (query.includes('code_class="5"') ? many : incident(query));
    const result = await report(answer, '--json', '--to', iso(FROM + 6 * 3600));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).fiveXxVolume).toHaveLength(2000);
  }, 60_000);

  it('prints the warnings Prometheus attaches to an answer (a partial answer from Thanos) on stderr', async () => {
    const partial = json(200, {
      status: 'success',
      data: { resultType: 'matrix', result: [] },
      warnings: ['partial response: store 10.0.0.3 unavailable'],
    });
    const prometheus = await startFakePrometheus(incident, on(fiveXxRange, partial));
    try {
      const result = await runCli(reportArgs(prometheus.url, '--json'));
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        'connhealth report: warning: Prometheus warned about upstream5xxRate: partial response: store 10.0.0.3 unavailable'
      );
    } finally {
      await prometheus.stop();
    }
  }, 30_000);

  it('keeps HTML and Markdown in label values inert in the Markdown report', async () => {
    const hostile = '<img src=x onerror=alert(1)>*bold*_[link](http://x)|`code`&amp;';
    const result = await report(
      relabel((m) => (m.source === 'next-pwa-app' ? { source: hostile } : m)),
      '--markdown'
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('<img');
    expect(result.stdout).toContain(
      '&lt;img src=x onerror=alert(1)&gt;\\*bold\\*\\_\\[link\\](http://x)\\|\\`code\\`&amp;amp;'
    );
  }, 30_000);

  it('shows a services regex with backticks and HTML literally in the header', async () => {
    const result = await report(incident, '--markdown', '--services', 'a`b<i>|.*');
    expect(result.stdout).toContain('services `` a`b<i>|.* ``, 60 s step.');
  }, 30_000);
});

describe('connhealth report checks the service label before summing by it', () => {
  it('refuses a label no series has, naming the labels the metric does have', async () => {
    const answer = relabel((m) => ({ envoy_cluster_name: m.source ?? 'x', job: 'envoy' }));
    expectRefusal(
      await report(answer),
      'report',
      /no envoy_cluster_upstream_rq_xx series in the range has the service label "source", so every service would sum into one; its labels are envoy_cluster_name, job: pass one of them as --service-label$/
    );
  }, 30_000);

  it('lists at most 20 labels of a metric that has many', async () => {
    const labels = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`l${String(i).padStart(2, '0')}`, 'v']));
    const result = await report(relabel(() => labels));
    expectRefusal(result, 'report', /its labels are l00, l01, .*, l19, … \(25 in all\): pass one/);
  }, 30_000);

  it('accepts the label when the metric has it under --service-label', async () => {
    const answer = relabel((m) => ({ envoy_cluster_name: m.source ?? 'x' }));
    const result = await report(answer, '--json', '--service-label', 'envoy_cluster_name');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).bursts).toHaveLength(1);
  }, 30_000);

  it('warns, naming an example, when some series lack the label: they are never folded in silently', async () => {
    const answer: Answer = (query) => [
      ...incident(query),
      ...(query.includes('rq_xx') ? [{ metric: { job: 'legacy-envoy' }, at: () => '1' }] : []),
    ];
    const result = await report(answer, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'connhealth report: warning: 1 envoy_cluster_upstream_rq_xx series in the range have no "source" label (e.g. {job="legacy-envoy"}); their requests and 5xx are reported together as the service "(no label)"'
    );
  }, 30_000);

  it('says nothing about labels when the metric has no series at all (the report lists it as missing)', async () => {
    const result = await report(() => [], '--markdown');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/No data for: errors/);
  }, 30_000);
});
