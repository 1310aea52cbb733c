import { NODE_EXPORTER_NETSTAT, NODE_EXPORTER_SOCKSTAT } from '../providers';
import { INSTANCE_MATCHER, matchers, rate, sumBy } from '../selectors';
import { proxyIndependent } from '../proxyEntry';
import type { CatalogueEntry } from '../types';
import { LISTEN_DROPS, TCP_ALLOC, TCP_INUSE, TCP_TIMEOUTS } from '../metricNames';

export const tcpQueries: CatalogueEntry[] = [
  proxyIndependent({
    id: 'tcpTimeoutsRate',
    row: 'tcp',
    title: 'TCP retransmit timeouts per node',
    description:
      'Kernel TCP retransmission timeouts: socket pressure at OS level. A node whose rate jumps with the 5xx burst is where the leaking pods run. Next: CLOSE_WAIT sockets and sockets in use on that node.',
    unit: 'cps',
    expr: sumBy('instance', rate(TCP_TIMEOUTS, matchers(INSTANCE_MATCHER))),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [TCP_TIMEOUTS],
    provider: NODE_EXPORTER_NETSTAT,
  }),
  proxyIndependent({
    id: 'listenDropsRate',
    row: 'tcp',
    title: 'Listen queue drops per node',
    description:
      "Connections dropped because a listen backlog was full: the application is not accepting fast enough. Any sustained value is bad. Next: the backend's accept loop and worker pool; raise somaxconn only after that.",
    unit: 'cps',
    expr: sumBy('instance', rate(LISTEN_DROPS, matchers(INSTANCE_MATCHER))),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [LISTEN_DROPS],
    provider: NODE_EXPORTER_NETSTAT,
    badAbove: 0,
  }),
  proxyIndependent({
    id: 'tcpSocketsInUse',
    row: 'tcp',
    title: 'TCP sockets in use per node',
    description:
      'Sockets in use (node_sockstat_TCP_inuse). A staircase that only a restart brings down is a socket leak. It includes CLOSE_WAIT sockets, which node_exporter only breaks out with --collector.tcpstat. Next: CLOSE_WAIT sockets in the CLOSE_WAIT row.',
    unit: 'short',
    expr: sumBy('instance', `${TCP_INUSE}${matchers(INSTANCE_MATCHER)}`),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [TCP_INUSE],
    provider: NODE_EXPORTER_SOCKSTAT,
  }),
  proxyIndependent({
    id: 'tcpSocketsAllocated',
    row: 'tcp',
    title: 'TCP sockets allocated per node',
    description:
      'Allocated TCP sockets, including ones no process holds any more (orphans, TIME_WAIT). Allocated far above in-use means churn, not leak. Next: keep-alive cycling, which trades leaks for a little churn.',
    unit: 'short',
    expr: sumBy('instance', `${TCP_ALLOC}${matchers(INSTANCE_MATCHER)}`),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [TCP_ALLOC],
    provider: NODE_EXPORTER_SOCKSTAT,
  }),
];
