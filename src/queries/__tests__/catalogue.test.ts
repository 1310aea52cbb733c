import fs from 'fs';
import path from 'path';
import { DASHBOARD_ROWS, QUERY_CATALOGUE, REVENUE_PANEL_TARGETS, getQuery, queriesInRow, renderExpr } from '..';
import { promqlSyntaxErrors, withGrafanaPlaceholders } from './promqlSyntax';

const GRAFANA_UNITS = ['reqps', 'percentunit', 'ms', 's', 'short', 'cps', 'none'];

// Seed 000 section 4 and the appendix, plus the timeout budget and the direct CLOSE_WAIT count.
const REQUIRED_METRICS = [
  'envoy_cluster_upstream_rq_xx',
  'envoy_cluster_upstream_rq_rx_reset',
  'envoy_cluster_upstream_cx_destroy_remote_with_active_rq',
  'envoy_cluster_upstream_cx_destroy_remote',
  'envoy_cluster_upstream_cx_idle_timeout',
  'envoy_cluster_upstream_cx_max_requests',
  'envoy_http_downstream_cx_destroy_local_with_active_rq',
  'envoy_cluster_upstream_cx_overflow',
  'envoy_cluster_upstream_cx_pool_overflow',
  'envoy_cluster_upstream_rq_pending_overflow',
  'envoy_cluster_upstream_cx_none_healthy',
  'envoy_cluster_upstream_rq_time_bucket',
  'envoy_cluster_upstream_rq_time_sum',
  'envoy_cluster_upstream_rq_time_count',
  'nginx_ingress_controller_request_duration_seconds_bucket',
  'envoy_cluster_upstream_rq_retry',
  'envoy_cluster_upstream_rq_retry_success',
  'kube_pod_container_status_restarts_total',
  'node_netstat_TcpExt_TCPTimeouts',
  'node_netstat_TcpExt_ListenDrops',
  'envoy_cluster_upstream_rq_timeout',
  'node_tcp_connection_states',
  'node_sockstat_TCP_inuse',
];

describe('query catalogue', () => {
  it('has unique ids and well-formed entries', () => {
    const ids = QUERY_CATALOGUE.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUERY_CATALOGUE) {
      expect(q.id).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(q.title.length).toBeGreaterThan(5);
      // An on-call engineer needs the meaning, the bad value and the next step: that takes sentences.
      expect(q.description.split('. ').length).toBeGreaterThanOrEqual(2);
      expect(q.description).toMatch(/Next:/);
      expect(GRAFANA_UNITS).toContain(q.unit);
      expect(q.metrics.length).toBeGreaterThan(0);
      expect(q.provider.length).toBeGreaterThan(10);
      for (const metric of q.metrics) {
        expect(q.expr).toContain(metric);
      }
    }
  });

  it('covers every metric of seed 000 section 4, the appendix, timeouts and the direct CLOSE_WAIT count', () => {
    const read = new Set(QUERY_CATALOGUE.flatMap((q) => q.metrics));
    expect(REQUIRED_METRICS.filter((m) => !read.has(m))).toEqual([]);
  });

  it('never hard-codes the service label: Envoy queries group and filter by the ${label} variable', () => {
    for (const q of QUERY_CATALOGUE.filter((x) => x.metrics.some((m) => m.startsWith('envoy_')))) {
      expect(q.expr).not.toMatch(/\bsource\b/);
      expect(q.expr).toContain('${label}=~"${service}"');
    }
  });

  it('parses with the Prometheus PromQL grammar, with Grafana variables in place', () => {
    const failures = QUERY_CATALOGUE.filter((q) => promqlSyntaxErrors(withGrafanaPlaceholders(q.expr)).length > 0);
    expect(failures.map((q) => q.id)).toEqual([]);
  });

  it('parses with the Prometheus PromQL grammar once rendered, for several label and service choices', () => {
    const choices = [
      {},
      { serviceLabel: 'envoy_cluster_name', services: 'api-proxy|next-pwa-app', rateInterval: '1m', range: '7d' },
      { services: 'conveyor-cloud.ns..*-production.*', namespaces: 'api-proxy-production', instances: '10.0.0.1:9100' },
    ];
    for (const options of choices) {
      for (const q of QUERY_CATALOGUE) {
        const rendered = renderExpr(q.expr, options);
        expect({ id: q.id, errors: promqlSyntaxErrors(rendered) }).toEqual({ id: q.id, errors: [] });
        expect(rendered).not.toContain('$');
      }
    }
  });

  it('rejects a broken query in the syntax check (the check itself can fail)', () => {
    expect(promqlSyntaxErrors('sum by (source) (rate(x[5m])')).not.toEqual([]);
  });

  it('puts panels in every one of the seven rows and guards every ratio with a volume floor', () => {
    for (const row of DASHBOARD_ROWS) {
      expect(queriesInRow(row.id).length).toBeGreaterThan(0);
    }
    for (const q of QUERY_CATALOGUE.filter((x) => x.unit === 'percentunit')) {
      expect(q.expr).toMatch(/ and on \(\$\{label\}\) \(.*> [0-9.]+\)$/);
    }
  });

  it("renders the seed appendix queries to the seed's own PromQL shape", () => {
    const rendered = renderExpr(getQuery('upstream5xxVolume').expr, { range: '30d' });
    expect(rendered).toBe(
      'sort_desc(sum by (source) (increase(envoy_cluster_upstream_rq_xx{envoy_response_code_class="5", source=~".*"}[30d])))'
    );
    expect(renderExpr(getQuery('upstreamLatencyP99').expr, { rateInterval: '5m' })).toBe(
      'histogram_quantile(0.99, sum by (le, source) (rate(envoy_cluster_upstream_rq_time_bucket{source=~".*"}[5m])))'
    );
  });

  it('refuses to render an invalid label name or duration, saying which', () => {
    expect(() => renderExpr('x', { serviceLabel: 'bad-label' })).toThrow(/bad-label/);
    expect(() => renderExpr('x', { rateInterval: 'five minutes' })).toThrow(/rate interval/);
  });

  it('escapes quotes and backslashes in a service regex so it stays inside the PromQL string', () => {
    const rendered = renderExpr(getQuery('rxResetRate').expr, { services: 'a"b\\.c' });
    expect(promqlSyntaxErrors(rendered)).toEqual([]);
    expect(rendered).toContain('source=~"a\\"b\\\\.c"');
  });
});

describe('one source of truth for PromQL', () => {
  const ROOTS = ['src', 'cli', 'simulator', 'tests', 'scripts'].map((d) => path.join(__dirname, '../../..', d));
  const PROMQL = /\b(rate|increase|histogram_quantile|sum by)\s*\(|\benvoy_cluster_upstream_\w+\{/;

  function sourceFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) {
      return [];
    }
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return ['node_modules', 'dist', '__tests__', 'queries', 'rules'].includes(entry.name) ? [] : sourceFiles(full);
      }
      return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    });
  }

  it('has no PromQL outside src/queries/', () => {
    const offenders = ROOTS.flatMap(sourceFiles).filter((f) => PROMQL.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('ROI panel targets', () => {
  it('name catalogue queries that exist, with unique refIds', () => {
    const refIds = REVENUE_PANEL_TARGETS.map((t) => t.refId);
    expect(new Set(refIds).size).toBe(refIds.length);
    for (const t of REVENUE_PANEL_TARGETS) {
      expect(getQuery(t.queryId).id).toBe(t.queryId);
    }
  });
});
