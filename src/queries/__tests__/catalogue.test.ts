import fs from 'fs';
import path from 'path';
import {
  CATALOGUE_ENTRIES,
  DASHBOARD_ROWS,
  PROXIES,
  QUERY_CATALOGUE,
  REVENUE_PANEL_TARGETS,
  catalogueFor,
  detectProxy,
  getQuery,
  noEquivalentReason,
  queriesInRow,
  queryFor,
  renderExpr,
  serviceValuesQuery,
} from '..';
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

const EVERY_VIEW = PROXIES.flatMap((p) => catalogueFor(p.id));

describe('query catalogue', () => {
  it('has unique ids and well-formed entries, for every proxy', () => {
    const ids = CATALOGUE_ENTRIES.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of EVERY_VIEW) {
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

  it('parses with the Prometheus PromQL grammar, with Grafana variables in place, for every proxy', () => {
    const failures = EVERY_VIEW.filter((q) => promqlSyntaxErrors(withGrafanaPlaceholders(q.expr)).length > 0);
    expect(failures.map((q) => `${q.proxy ?? 'any'}:${q.id}`)).toEqual([]);
  });

  it('parses with the Prometheus PromQL grammar once rendered, for several label and service choices', () => {
    const choices = [
      {},
      { serviceLabel: 'envoy_cluster_name', services: 'api-proxy|next-pwa-app', rateInterval: '1m', range: '7d' },
      { services: 'conveyor-cloud.ns..*-production.*', namespaces: 'api-proxy-production', instances: '10.0.0.1:9100' },
    ];
    for (const options of choices) {
      for (const q of EVERY_VIEW) {
        const rendered = renderExpr(q.expr, options);
        const id = `${q.proxy ?? 'any'}:${q.id}`;
        expect({ id, errors: promqlSyntaxErrors(rendered) }).toEqual({ id, errors: [] });
        // "$1" is label_replace's capture reference, not a variable left unresolved.
        expect(rendered.split('"$1"').join('')).not.toContain('$');
      }
    }
  });

  it('rejects a broken query in the syntax check (the check itself can fail)', () => {
    expect(promqlSyntaxErrors('sum by (source) (rate(x[5m])')).not.toEqual([]);
  });

  it('puts Envoy panels in every row and guards every ratio with a volume floor, for every proxy', () => {
    for (const row of DASHBOARD_ROWS) {
      expect(queriesInRow(row.id).length).toBeGreaterThan(0);
    }
    for (const proxy of PROXIES) {
      const label = proxy.serviceLabel.replace(/[${}]/g, (c) => `\\${c}`);
      for (const q of catalogueFor(proxy.id).filter((x) => x.unit === 'percentunit')) {
        // Event ratios carry a volume floor; a ratio of gauges (slow-start weight) needs a non-zero denominator.
        // The engine's per-service database inputs wrap a guarded ratio in label_replace and max.
        const guarded = new RegExp(
          ` and on \\(${label}\\) \\(.*> [0-9.]+\\)$| / \\(.*> 0\\)$| / \\(.*> 0\\)\\)?, "[^"]+", "\\$1", "[^"]+", "\\(\\.\\+\\)"\\)\\)$|^max by \\([^)]+\\) \\(.* / \\(.*> 0\\)\\)$`
        );
        expect({ id: q.id, expr: q.expr }).toEqual({ id: q.id, expr: expect.stringMatching(guarded) });
      }
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

describe('the proxy as a parameter of the catalogue', () => {
  it('gives every proxy-dependent entry a rendering or a reason for every proxy, never both', () => {
    for (const entry of CATALOGUE_ENTRIES.filter((e) => !e.proxyIndependent)) {
      for (const proxy of PROXIES) {
        const rendered = queryFor(entry.id, proxy.id);
        const reason = entry.noEquivalent?.[proxy.id];
        expect({ id: entry.id, proxy: proxy.id, has: Boolean(rendered) !== Boolean(reason) }).toEqual({
          id: entry.id,
          proxy: proxy.id,
          has: true,
        });
      }
      expect(PROXIES.some((p) => queryFor(entry.id, p.id))).toBe(true);
    }
  });

  it('renders proxy-independent entries identically for every proxy, without a proxy tag', () => {
    for (const entry of CATALOGUE_ENTRIES.filter((e) => e.proxyIndependent)) {
      const [first, ...rest] = PROXIES.map((p) => queryFor(entry.id, p.id));
      expect(first?.proxy).toBeUndefined();
      rest.forEach((q) => expect(q).toEqual(first));
    }
  });

  it("filters HAProxy by its backend label and reads only HAProxy's or shared metrics", () => {
    const haproxy = catalogueFor('haproxy').filter((q) => q.proxy === 'haproxy');
    expect(haproxy.length).toBeGreaterThan(15);
    for (const q of haproxy) {
      expect(q.expr).not.toContain('${label}');
      expect(q.expr).toContain('proxy=~"${service}"');
      expect(q.metrics.every((m) => m.startsWith('haproxy_'))).toBe(true);
      expect(q.provider).toMatch(/HAProxy/);
    }
  });

  it('keeps every existing id in the Envoy view, so other readers of the catalogue keep working', () => {
    expect(QUERY_CATALOGUE).toBe(catalogueFor('envoy'));
    for (const id of [
      'upstream5xxRate',
      'rxResetRate',
      'closeWaitSockets',
      'keepaliveCyclingRate',
      'tcpSocketsInUse',
    ]) {
      expect(getQuery(id).id).toBe(id);
    }
  });

  it('renders the HAProxy 5xx ratio on the backend, with the volume guard', () => {
    expect(renderExpr(queryFor('upstream5xxRatio', 'haproxy')!.expr, { rateInterval: '1m', services: 'shop' })).toBe(
      '(sum by (proxy) (rate(haproxy_backend_http_responses_total{code="5xx", proxy=~"shop"}[1m])) / sum by (proxy) (rate(haproxy_backend_http_responses_total{proxy=~"shop"}[1m]))) and on (proxy) (sum by (proxy) (rate(haproxy_backend_http_responses_total{proxy=~"shop"}[1m])) > 1)'
    );
  });

  it('names the host where the proxy has one, and says where to find it where it does not', () => {
    expect(queryFor('flappingHosts', 'haproxy')!.expr).toMatch(
      /^sum by \(proxy, server\) \(increase\(haproxy_server_check_up_down_total/
    );
    expect(queryFor('flappingHosts', 'haproxy')!.legend).toBe('{{proxy}}/{{server}}');
    expect(getQuery('flappingHosts').description).toMatch(/per cluster, not per host.*event_log_path/);
    expect(noEquivalentReason('slowStartWeight', 'envoy')).toMatch(/no slow-start stat/);
    expect(noEquivalentReason('upstream5xxRate', 'haproxy')).toBeUndefined();
  });

  it('detects the proxy from the scraped metric names, and looks services up by its label', () => {
    expect(detectProxy(new Set(['haproxy_backend_http_responses_total']))).toBe('haproxy');
    expect(detectProxy(new Set(['envoy_cluster_upstream_rq_xx', 'haproxy_backend_http_responses_total']))).toBe(
      'envoy'
    );
    expect(detectProxy(new Set(['node_tcp_connection_states']))).toBeUndefined();
    expect(serviceValuesQuery('envoy')).toBe('label_values(envoy_cluster_upstream_rq_xx, ${label})');
    expect(serviceValuesQuery('haproxy')).toBe('label_values(haproxy_backend_http_responses_total, proxy)');
  });
});

describe('one source of truth for PromQL', () => {
  const ROOTS = ['src', 'cli', 'simulator', 'tests', 'scripts'].map((d) => path.join(__dirname, '../../..', d));
  const PROMQL = /\b(rate|increase|histogram_quantile|sum by)\s*\(|\b(envoy_cluster_upstream|haproxy)_\w+\{/;

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
