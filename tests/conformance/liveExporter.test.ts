import { QUERY_CATALOGUE, getQuery, renderExpr } from '../../src/queries';
import {
  DEFAULT_END,
  DEFAULT_SEED,
  SERVICES,
  buildTimeline,
  startLiveExporter,
  type LiveExporter,
} from '../../simulator';
import { startPrometheus, type RunningPrometheus } from '../fixtures/prometheusServer';
import { instantQuery, targetUp } from './prometheusApi';

// What the compose demo does: a real Prometheus scraping `connhealth simulate serve`.
describe('a real Prometheus scraping the live simulator', () => {
  let exporter: LiveExporter;
  let prometheus: RunningPrometheus;
  let instance = '';

  beforeAll(async () => {
    exporter = await startLiveExporter({
      timeline: buildTimeline(1, DEFAULT_END),
      seed: DEFAULT_SEED,
      host: '127.0.0.1',
      port: 0,
      speed: 600,
    });
    instance = exporter.url.replace('http://', '');
    prometheus = await startPrometheus({
      config: `scrape_configs:\n  - job_name: simulator\n    scrape_interval: 1s\n    honor_labels: true\n    static_configs:\n      - targets: ['${instance}']\n`,
    });
  });

  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.close();
  });

  it('scrapes every catalogue metric and answers the 5xx rate per service', async () => {
    const deadline = Date.now() + 30_000;
    let rates: Array<{ metric: Record<string, string> }> = [];
    while (Date.now() < deadline && rates.length < SERVICES.length) {
      await new Promise((r) => setTimeout(r, 1000));
      if (await targetUp(prometheus.url, instance)) {
        const expr = renderExpr(getQuery('upstream5xxRate').expr, { rateInterval: '10s' });
        rates = await instantQuery(prometheus.url, expr, Date.now() / 1000);
      }
    }
    expect(rates.map((r) => r.metric.source).sort()).toEqual(SERVICES.map((s) => s.source).sort());
    const names = (await (await fetch(`${prometheus.url}/api/v1/label/__name__/values`)).json()) as { data: string[] };
    const missing = [...new Set(QUERY_CATALOGUE.flatMap((q) => q.metrics))].filter((m) => !names.data.includes(m));
    expect(missing).toEqual([]);
  });
});
