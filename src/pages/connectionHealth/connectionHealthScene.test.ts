import {
  SceneGridItem,
  SceneGridLayout,
  SceneGridRow,
  SceneQueryRunner,
  VizPanel,
  sceneGraph,
  type EmbeddedScene,
  type CustomVariable,
  type QueryVariable,
  type TextBoxVariable,
} from '@grafana/scenes';
import { DASHBOARD_ROWS, getQuery, queriesInRow, queryFor, renderExpr } from '../../queries';
import { installFakeGrafanaRuntime } from '../../testing/fakeGrafanaRuntime';
import { connectionHealthScene } from './connectionHealthScene';

const SERVICES = ['conveyor-cloud.ns.api-proxy-production', 'conveyor-cloud.ns.next-pwa-app-production'];

function rowsOf(scene: EmbeddedScene): SceneGridRow[] {
  const layout = scene.state.body as SceneGridLayout;
  return layout.state.children as SceneGridRow[];
}

function allPanelsOf(row: SceneGridRow): VizPanel[] {
  return row.state.children.map((item) => (item as SceneGridItem).state.body as VizPanel);
}

// Catalogue panels only: a row may end with a text panel naming what the proxy cannot show.
function panelsOf(row: SceneGridRow): VizPanel[] {
  return allPanelsOf(row).filter((p) => p.state.$data instanceof SceneQueryRunner);
}

function runnerOf(panel: VizPanel): SceneQueryRunner {
  return panel.state.$data as SceneQueryRunner;
}

const deactivators: Array<() => void> = [];

async function activeScene(urlProxy?: string): Promise<EmbeddedScene> {
  const scene = connectionHealthScene({ serviceLabel: 'source' });
  if (urlProxy) {
    (sceneGraph.lookupVariable('proxy', scene) as CustomVariable).setState({ value: urlProxy, text: urlProxy });
  }
  deactivators.push(scene.activate());
  deactivators.push(sceneGraph.getVariables(scene).activate());
  // Let the variable set resolve datasource and label_values() options from the fake runtime.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return scene;
}

describe('Stream 2 scene (fake datasource service and request runner)', () => {
  afterEach(() => {
    deactivators
      .splice(0)
      .reverse()
      .forEach((deactivate) => deactivate());
  });

  beforeEach(() => {
    installFakeGrafanaRuntime({ '${label}': SERVICES, source: SERVICES, namespace: ['api-proxy-production'] });
  });

  it("has the row groups in the seed's order, load-balancer health and database pools after pool exhaustion", async () => {
    const scene = await activeScene();
    expect(rowsOf(scene).map((r) => r.state.title)).toEqual([
      '5xx Rate & Restarts',
      'CLOSE_WAIT Proxy',
      'Pool Exhaustion',
      'Load-balancer health',
      'Database connection pools',
      'Latency (p50/p99)',
      'Timeout Budget',
      'Keep-alive Cycling',
      'TCP Health',
    ]);
  });

  it('binds every panel to its catalogue query: title, description, unit, PromQL', async () => {
    const scene = await activeScene();
    rowsOf(scene).forEach((row, index) => {
      const expected = queriesInRow(DASHBOARD_ROWS[index].id);
      const panels = panelsOf(row);
      expect(panels).toHaveLength(expected.length);
      panels.forEach((panel, i) => {
        const query = expected[i];
        expect(panel.state.title).toBe(query.title);
        expect(panel.state.description).toBe(query.description);
        expect(panel.state.fieldConfig.defaults.unit).toBe(query.unit);
        expect(runnerOf(panel).state.queries[0].expr).toBe(query.expr);
        expect(runnerOf(panel).state.datasource).toEqual({ uid: '${ds}', type: 'prometheus' });
      });
    });
  });

  it('tells "not scraped" from "nothing matched" using the datasource\'s metric names', async () => {
    installFakeGrafanaRuntime({ __name__: ['envoy_cluster_upstream_rq_rx_reset'], source: SERVICES });
    const scene = await activeScene();
    const panels = panelsOf(rowsOf(scene)[1]);
    const noValueOf = (id: string) =>
      panels.find((p) => p.state.title === getQuery(id).title)!.state.fieldConfig.defaults.noValue;
    expect(noValueOf('closeWaitSockets')).toBe(
      'Not scraped: node_tcp_connection_states is not in this datasource for this range. It comes from node_exporter with --collector.tcpstat (off by default).'
    );
    expect(noValueOf('rxResetRate')).toMatch(
      /envoy_cluster_upstream_rq_rx_reset is scraped here, but nothing matched\.$/
    );
    expect(noValueOf('remoteCloseWithActiveRqRatio')).toMatch(
      /^Not scraped: envoy_cluster_upstream_cx_destroy_remote_with_active_rq, envoy_cluster_upstream_cx_destroy_remote/
    );
  });

  it('says which exporter provides a metric when a panel has no data', async () => {
    const scene = await activeScene();
    const closeWait = panelsOf(rowsOf(scene)[1]).find((p) => p.state.title === getQuery('closeWaitSockets').title)!;
    expect(closeWait.state.fieldConfig.defaults.noValue).toContain('--collector.tcpstat');
  });

  it('interpolates the service label and the selected services into every Envoy query', async () => {
    const scene = await activeScene();
    const service = sceneGraph.lookupVariable('service', scene) as QueryVariable;
    service.changeValueTo([SERVICES[0]]);
    const panel = panelsOf(rowsOf(scene)[1])[0];
    const expr = runnerOf(panel).state.queries[0].expr;
    // $__rate_interval is a macro the Prometheus datasource resolves itself, after scene interpolation.
    const interpolated = sceneGraph.interpolate(panel, expr).split('$__rate_interval').join('5m');
    expect(interpolated).toBe(renderExpr(expr, { serviceLabel: 'source', services: SERVICES[0] }));
    expect(interpolated).not.toContain('$');
  });

  it('follows a different service label through every Envoy query', async () => {
    const scene = await activeScene();
    (sceneGraph.lookupVariable('label', scene) as TextBoxVariable).setValue('envoy_cluster_name');
    const panel = panelsOf(rowsOf(scene)[0])[0];
    const interpolated = sceneGraph.interpolate(panel, runnerOf(panel).state.queries[0].expr);
    expect(interpolated).toContain('sum by (envoy_cluster_name)');
    expect(interpolated).toMatch(/envoy_cluster_name=~"/);
    expect(interpolated).not.toContain('source');
  });

  it('detects HAProxy on Auto when only its metrics are scraped: HAProxy queries, its backends as services', async () => {
    installFakeGrafanaRuntime({
      __name__: ['haproxy_backend_http_responses_total', 'haproxy_server_status', 'node_tcp_connection_states'],
      proxy: ['shop', 'cart'],
    });
    const scene = await activeScene();
    const errors = panelsOf(rowsOf(scene)[0]);
    expect(runnerOf(errors[0]).state.queries[0].expr).toBe(queryFor('upstream5xxRate', 'haproxy')!.expr);
    const service = sceneGraph.lookupVariable('service', scene) as QueryVariable;
    expect(service.state.query).toBe('label_values(haproxy_backend_http_responses_total, proxy)');
    const proxy = sceneGraph.lookupVariable('proxy', scene) as CustomVariable;
    expect(proxy.state.query).toMatch(/^Auto \(HAProxy\) : auto, Envoy : envoy, HAProxy : haproxy$/);
    expect([proxy.state.value, proxy.state.text]).toEqual(['auto', 'Auto (HAProxy)']);
    const loadBalancer = panelsOf(rowsOf(scene)[3]);
    expect(loadBalancer.map((p) => p.state.title)).toContain('Servers DOWN now');
    expect(loadBalancer.find((p) => p.state.title === 'Servers DOWN now')!.state.fieldConfig.defaults.noValue).toMatch(
      /haproxy_server_status is scraped here, but nothing matched/
    );
  });

  it('says in the row what the chosen proxy cannot show, and why', async () => {
    installFakeGrafanaRuntime({ __name__: ['haproxy_backend_http_responses_total'] });
    const scene = await activeScene();
    const keepalive = allPanelsOf(rowsOf(scene)[7]);
    expect(keepalive).toHaveLength(1);
    expect(keepalive[0].state.title).toBe('Not available for HAProxy');
    expect((keepalive[0].state.options as { content?: string }).content).toMatch(
      /Keep-alive cycling.*HAProxy does not count the server connections/
    );
  });

  it('keeps a chosen proxy that has no metrics here, and says on each panel that it is not scraped', async () => {
    installFakeGrafanaRuntime({ __name__: ['envoy_cluster_upstream_rq_xx'], source: SERVICES });
    const scene = await activeScene('haproxy');
    const rate = panelsOf(rowsOf(scene)[0])[0];
    expect(runnerOf(rate).state.queries[0].expr).toContain('haproxy_backend_http_responses_total');
    expect(rate.state.fieldConfig.defaults.noValue).toMatch(
      /^Not scraped: haproxy_backend_http_responses_total is not in this datasource for this range. It comes from HAProxy's built-in Prometheus exporter/
    );
  });

  it('names in the Envoy rows what only HAProxy exports (per-host figures, slow start)', async () => {
    const scene = await activeScene();
    const notAvailable = allPanelsOf(rowsOf(scene)[3]).find((p) => p.state.title === 'Not available for Envoy')!;
    expect((notAvailable.state.options as { content?: string }).content).toMatch(
      /Slow start.*Envoy exports no slow-start stat/s
    );
  });

  it('collapses the database exporters the datasource lacks to one line naming each, and keeps the scraped ones', async () => {
    installFakeGrafanaRuntime({
      __name__: ['envoy_cluster_upstream_rq_xx', 'pg_stat_activity_count', 'pg_settings_max_connections'],
      source: SERVICES,
    });
    const scene = await activeScene();
    const database = allPanelsOf(rowsOf(scene)[4]);
    expect(database.map((p) => p.state.title)).toEqual([
      getQuery('dbPostgresSaturation').title,
      getQuery('dbPostgresIdleInTransaction').title,
      getQuery('dbPostgresBackendsByState').title,
      'Exporters not scraped here',
    ]);
    const content = (database[3].state.options as { content?: string }).content!;
    expect(content.split('\n')).toHaveLength(2);
    expect(content).toMatch(/^- \*\*Not scraped\*\*: prometheus-mysqld-exporter .*MySQL\/MariaDB connections ÷ max_connections/);
    expect(content).toMatch(/Micrometer HikariCP metrics .*management\.endpoints\.web\.exposure\.include=prometheus/);
  });

  it('shows every database panel when the metric names are not known (no collapse without evidence)', async () => {
    const scene = await activeScene();
    expect(panelsOf(rowsOf(scene)[4])).toHaveLength(queriesInRow('database').length);
  });
});
