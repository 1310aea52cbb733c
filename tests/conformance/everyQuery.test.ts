import { QUERY_CATALOGUE, renderExpr } from '../../src/queries';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { expectCatalogueAnswers } from './catalogueAnswers';
import { instantQuery } from './prometheusApi';

describe('every catalogue query on a real Prometheus (30 days of the simulated incident)', () => {
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ days: 30 });
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  it.each(QUERY_CATALOGUE.map((q) => [q.id, q] as const))('%s parses and returns data', async (_id, query) => {
    await expectCatalogueAnswers(prometheus.url, query, prometheus);
  });

  it('also answers with the service label as a parameter (envoy_cluster_name instead of source)', async () => {
    const envoyQueries = QUERY_CATALOGUE.filter((q) => q.metrics.some((m) => m.startsWith('envoy_')));
    // Flapping is filtered to 3+ ejections in the hour: ask at the end of the coordinated burst, when both flap.
    const worst = prometheus.groundTruth.bursts.reduce((a, b) => (b.excessFailures > a.excessFailures ? b : a));
    for (const query of envoyQueries) {
      const rendered = renderExpr(query.expr, {
        serviceLabel: 'envoy_cluster_name',
        services: 'api-proxy|next-pwa-app',
      });
      const time = query.id === 'flappingHosts' ? worst.end : prometheus.end;
      const samples = await instantQuery(prometheus.url, rendered, time);
      expect({ id: query.id, labels: [...new Set(samples.map((s) => s.metric.envoy_cluster_name))].sort() }).toEqual({
        id: query.id,
        labels: ['api-proxy', 'next-pwa-app'],
      });
    }
  });

  it('returns nothing, not an error, for a service that does not exist', async () => {
    const rendered = renderExpr(QUERY_CATALOGUE[0].expr, { services: 'no-such-service' });
    expect(await instantQuery(prometheus.url, rendered, prometheus.end)).toEqual([]);
  });
});
