import { getQuery, renderExpr } from '..';
import { promqlSyntaxErrors } from './promqlSyntax';

const RX_RESET = getQuery('rxResetRate').expr;

describe('renderExpr with hostile service values', () => {
  it('writes control characters as Go escapes, so a line break cannot end the PromQL string', () => {
    const rendered = renderExpr(RX_RESET, { services: 'api-proxy\nnext\tpwa\u0000' });
    expect(rendered).toContain('source=~"api-proxy\\u000anext\\u0009pwa\\u0000"');
    expect(rendered).not.toMatch(/[\n\t\u0000]/);
    expect(promqlSyntaxErrors(rendered)).toEqual([]);
  });

  it('substitutes in one pass: a value holding $__range or ${namespace} stays as written', () => {
    const rendered = renderExpr(RX_RESET, { services: 'a$__range|${namespace}|$__rate_interval', namespaces: 'ns' });
    expect(rendered).toBe(
      'sum by (source) (rate(envoy_cluster_upstream_rq_rx_reset{source=~"a$__range|${namespace}|$__rate_interval"}[5m]))'
    );
    expect(promqlSyntaxErrors(rendered)).toEqual([]);
  });

  it('still refuses a template with a variable it does not know', () => {
    expect(() => renderExpr('rate(x{a=~"${nope}"}[$__range])')).toThrow(/Unresolved Grafana variable \$\{nope\}/);
    expect(() => renderExpr('rate(x[$__range_ms])')).toThrow(/Unresolved Grafana variable \$__range_ms/);
  });

  it('renders every Grafana variable of the catalogue, each in its place', () => {
    const rendered = renderExpr('${label} ${service} ${namespace} ${instance} $__rate_interval $__range', {
      serviceLabel: 'envoy_cluster_name',
      services: 's',
      namespaces: 'n',
      instances: 'i',
      rateInterval: '2m',
      range: '7d',
    });
    expect(rendered).toBe('envoy_cluster_name s n i 2m 7d');
  });
});
