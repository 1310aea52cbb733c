import { getQuery, queriesInRow, renderExpr } from '..';
import { promqlSyntaxErrors } from './promqlSyntax';

describe('CLOSE_WAIT by workload (catalogue only, no datasource)', () => {
  const q = getQuery('closeWaitByWorkload');

  it('reads cAdvisor per pod first and node_exporter per node only when no pod series exists', () => {
    const [pods, nodes] = q.expr.split(' or ');
    expect(pods).toContain('container_network_tcp_usage_total{tcp_state="closewait"');
    expect(pods).toContain('"level", "per pod"');
    expect(nodes).toContain('node_tcp_connection_states{state="close_wait"');
    expect(nodes).toMatch(/unless on \(\) sum by \(namespace, pod\) \(container_network_tcp_usage_total/);
    expect(nodes).toContain('"level", "per node"');
    expect(promqlSyntaxErrors(renderExpr(q.expr))).toEqual([]);
  });

  it('says the evidence level in the legend and how to enable the per-pod source', () => {
    expect(q.legend).toMatch(/^\{\{level\}\} /);
    expect(q.title).toMatch(/per pod, else per node/);
    expect(q.provider).toContain('--enable_metrics=tcp');
    expect(q.provider).toContain('--collector.tcpstat');
    expect(q.description).toMatch(/at proxy level/);
  });

  it('keeps the per-node panel the other readers use, in the same row', () => {
    expect(queriesInRow('closeWait').map((x) => x.id)).toEqual(
      expect.arrayContaining(['closeWaitSockets', 'closeWaitByWorkload'])
    );
  });
});
