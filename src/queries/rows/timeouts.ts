import { ENVOY_CLUSTER_STATS, NGINX_INGRESS } from '../providers';
import { BY_SERVICE, rate, serviceRate, sumBy } from '../selectors';
import type { CatalogueQuery } from '../types';
import { CX_CONNECT_TIMEOUT, NGINX_REQUESTS, RQ_TIMEOUT } from '../metricNames';

export const timeoutQueries: CatalogueQuery[] = [
  {
    id: 'upstreamTimeoutRate',
    row: 'timeouts',
    title: 'Upstream request timeouts',
    description:
      'Requests that hit the route timeout while waiting for the backend. Timeouts that rise before a burst mean requests sit on dead pooled connections until the budget runs out (seed JPROD-538: order requests past 15 s). Next: align client, Envoy and backend timeouts so the innermost is shortest.',
    unit: 'reqps',
    expr: serviceRate(RQ_TIMEOUT),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [RQ_TIMEOUT],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'connectTimeoutRate',
    row: 'timeouts',
    title: 'Upstream connect timeouts',
    description:
      'New connections that could not be established within connect_timeout. Non-zero means the backend is not accepting (listen queue full, pod not ready). Next: listen drops in the TCP Health row on the backend nodes.',
    unit: 'cps',
    expr: serviceRate(CX_CONNECT_TIMEOUT),
    legend: `{{${BY_SERVICE}}}`,
    visual: 'timeseries',
    metrics: [CX_CONNECT_TIMEOUT],
    provider: ENVOY_CLUSTER_STATS,
    badAbove: 0,
  },
  {
    id: 'ingressClientClosedRate',
    row: 'timeouts',
    title: 'Client closed request (nginx 499)',
    description:
      'Requests the client abandoned before nginx answered. A 499 surge with no 5xx surge is users (or a CDN) giving up on a backend stuck on leaked sockets, as in the S3 socket-leak incident. Next: the ingress p99 and CLOSE_WAIT sockets on the backend nodes.',
    unit: 'reqps',
    expr: sumBy('ingress', rate(NGINX_REQUESTS, '{status="499"}')),
    legend: '{{ingress}}',
    visual: 'timeseries',
    metrics: [NGINX_REQUESTS],
    provider: NGINX_INGRESS,
    badAbove: 0,
  },
];
