import { NGINX_INGRESS } from '../providers';
import { perProxy, proxyIndependent, variant } from '../proxyEntry';
import { signalRate } from '../proxySelectors';
import { rate, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';
import { NGINX_REQUESTS } from '../metricNames';

export const timeoutQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'upstreamTimeoutRate',
      row: 'timeouts',
      title: 'Upstream request timeouts',
      description:
        'Requests that hit the route timeout while waiting for the backend. Timeouts that rise before a burst mean requests sit on dead pooled connections until the budget runs out (seed JPROD-538: order requests past 15 s). Next: align client, Envoy and backend timeouts so the innermost is shortest.',
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) =>
      p.signals.requestTimeouts
        ? variant(p, signalRate(p, p.signals.requestTimeouts), [p.signals.requestTimeouts])
        : undefined,
    {
      haproxy:
        'HAProxy counts `timeout server` among response errors, without a counter of its own: read the response-errors panel in the CLOSE_WAIT row.',
    }
  ),
  perProxy(
    {
      id: 'connectTimeoutRate',
      row: 'timeouts',
      title: 'Upstream connect timeouts',
      description:
        'New connections that could not be established within connect_timeout. Non-zero means the backend is not accepting (listen queue full, pod not ready). Next: listen drops in the TCP Health row on the backend nodes.',
      unit: 'cps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) =>
      variant(p, signalRate(p, p.signals.connectFailures), [p.signals.connectFailures], {
        ...(p.id === 'haproxy'
          ? {
              title: 'Connection errors to servers',
              description:
                'Connections to a server that failed: refused, reset or past `timeout connect`. Broader than a connect timeout; non-zero means a server is not accepting (process gone, listen queue full, restarting). Next: listen drops in the TCP Health row and the server state in the Load-balancer health row.',
            }
          : {}),
      })
  ),
  proxyIndependent({
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
  }),
];
