import { NODE_EXPORTER_TCPSTAT } from '../providers';
import { proxyIndependent } from '../proxyEntry';
import { INSTANCE_MATCHER, NAMESPACE_MATCHER, matchers, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';
import { TCP_STATES } from '../metricNames';

export const CADVISOR_TCP_USAGE = 'container_network_tcp_usage_total';
export const CADVISOR_TCP =
  'cAdvisor with TCP metrics (off by default: the kubelet’s embedded cAdvisor never exports them; run cAdvisor as a DaemonSet with --enable_metrics=tcp, or without tcp in --disable_metrics)';

const perPod = sumBy('namespace, pod', `${CADVISOR_TCP_USAGE}${matchers('tcp_state="closewait"', NAMESPACE_MATCHER)}`);
const perNode = sumBy('instance', `${TCP_STATES}${matchers('state="close_wait"', INSTANCE_MATCHER)}`);
const level = (expr: string, name: string) => `label_replace(${expr}, "level", "${name}", "", "")`;

/** Per pod where cAdvisor's TCP states are scraped; otherwise per node (node_exporter), never both at once. */
export const closeWaitByWorkloadExpr = `${level(perPod, 'per pod')} or ${level(`(${perNode} unless on () ${perPod})`, 'per node')}`;

export const closeWaitWorkloadQueries: CatalogueEntry[] = [
  proxyIndependent({
    id: 'closeWaitByWorkload',
    row: 'closeWait',
    title: 'CLOSE_WAIT sockets by workload (per pod, else per node)',
    description:
      'CLOSE_WAIT sockets from the most specific source scraped; the legend says which level is shown. Per pod (cAdvisor TCP states) names the leaking workload; per node (node_exporter tcpstat) is host-wide, so compare nodes. With neither, the resets and remote-close panels of this row are the only evidence, at proxy level. A count that climbs until a restart is the leak. Next: `ss -tanp state close-wait` in that pod or on that node to find the process.',
    unit: 'short',
    expr: closeWaitByWorkloadExpr,
    // Pods carry `pod`, nodes `instance`: one of the two is empty.
    legend: '{{level}} {{namespace}} {{pod}}{{instance}}',
    visual: 'timeseries',
    metrics: [CADVISOR_TCP_USAGE, TCP_STATES],
    provider: `${CADVISOR_TCP}, else ${NODE_EXPORTER_TCPSTAT}`,
  }),
];
