import http from 'node:http';
import { QUERY_CATALOGUE } from '../../src/queries';
import { allSeries, buildTimeline, counterIncrease, findSeries, generate, groundTruth, startLiveExporter } from '..';

const timeline = buildTimeline(2, '2026-04-16T00:00:00Z');

describe('incident simulator', () => {
  const generated = generate(timeline, 42);
  const truth = groundTruth(generated, 2);

  it('emits every metric the query catalogue reads', () => {
    const emitted = new Set(allSeries(timeline).map((s) => s.name));
    const missing = [...new Set(QUERY_CATALOGUE.flatMap((q) => q.metrics))].filter((m) => !emitted.has(m));
    expect(missing).toEqual([]);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generate(timeline, 42);
    const other = generate(timeline, 7);
    expect(again.series[0].values).toEqual(generated.series[0].values);
    expect(other.series[0].values).not.toEqual(generated.series[0].values);
  });

  it('keeps counters integer and never decreasing', () => {
    const broken = generated.series
      .filter((s) => s.spec.kind === 'counter')
      .filter(({ values }) => values.some((v, i) => !Number.isInteger(v) || (i > 0 && v < values[i - 1])))
      .map((s) => `${s.spec.name}${JSON.stringify(s.spec.labels)}`);
    expect(broken).toEqual([]);
  });

  it('resets counters once, at the scenario restart of api-lazlo Envoy, over 16 days', () => {
    const month = generate(buildTimeline(16, '2026-04-16T00:00:00Z'), 42);
    const xx = findSeries(month, 'envoy_cluster_upstream_rq_xx', { envoy_cluster_name: 'api-lazlo' })[0].values;
    const drops = [...xx].flatMap((v, i) => (i > 0 && v < xx[i - 1] ? [month.timeAt(i)] : []));
    expect(drops).toEqual(groundTruth(month, 16).counterResets.map((r) => r.at));
  });

  it('records a CLOSE_WAIT burst whose excess failures follow from its rate, ratio and duration', () => {
    const burst = truth.bursts.find((b) => b.closeWaitSignature)!;
    const modelled = burst.requestRate * (burst.meanErrorRate - burst.baselineErrorRate) * (burst.end - burst.start);
    expect(Math.abs(burst.excessFailures - modelled)).toBeLessThan(2);
    expect(burst.meanErrorRate).toBeGreaterThan(0.01);
    expect(burst.peakErrorRate).toBeGreaterThanOrEqual(burst.meanErrorRate);
  });

  it('makes the frontend fan out ~23 upstream calls per page render', () => {
    expect(truth.frontend.apiCallsPerPage).toBeGreaterThan(22.9);
    expect(truth.frontend.apiCallsPerPage).toBeLessThan(23.1);
  });

  it('counts 5xx totals the way Prometheus counts a counter over the window', () => {
    const source = truth.services[0].source;
    const errors = findSeries(generated, 'envoy_cluster_upstream_rq_xx', { source, envoy_response_code_class: '5' })[0];
    expect(truth.fiveXxTotals[source]).toBe(counterIncrease(errors.values));
    expect(counterIncrease(Float64Array.from([5, 9, 2, 4]))).toBe(4 + 2 + 2);
  });
});

describe('live exporter (real HTTP server on loopback)', () => {
  it('serves the scenario as Prometheus text and advances with the clock', async () => {
    let now = 0;
    const exporter = await startLiveExporter({
      timeline,
      seed: 42,
      host: '127.0.0.1',
      port: 0,
      speed: 60,
      now: () => now,
    });
    try {
      const first = await scrape(`${exporter.url}/metrics`);
      now = 600_000;
      const later = await scrape(`${exporter.url}/metrics`);
      const total = (text: string) => Number(text.match(/^envoy_cluster_upstream_rq_total\{[^}]*\} (\d+)$/m)![1]);
      expect(first).toMatch(/^# TYPE envoy_cluster_upstream_rq_time histogram$/m);
      expect(total(later)).toBeGreaterThan(total(first));
      expect(exporter.scenarioTime()).toBe(timeline.start + 36_000);
    } finally {
      await exporter.close();
    }
  });
});

// jsdom (the unit-test environment) has no fetch.
function scrape(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}
