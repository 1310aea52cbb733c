import { perProxy, variant } from '../proxyEntry';
import { byHostOf, hostLegend, signalGauge, signalRate, signalSelector, tagged } from '../proxySelectors';
import { RATE_INTERVAL, rate, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';

const HAPROXY_QUEUES =
  'HAProxy does not refuse a request when a server is at maxconn: it queues it (the queue panel), and answers 503 when `timeout queue` expires.';

export const poolQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'poolOverflowRate',
      row: 'pool',
      title: 'Connection pool overflow',
      description:
        "Requests refused because the connection pool or circuit breaker was full: a direct 503 source. Should be 0. Zero while 5xx burst (the seed's finding) means the pool is open but holds dead CLOSE_WAIT sockets. Next: the pending overflow and no-healthy-upstream panels.",
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) => {
      const overflows = p.signals.poolOverflows;
      if (!overflows) {
        return undefined;
      }
      const rates = overflows.map((m) => rate(m.metric, signalSelector(p, m), RATE_INTERVAL)).join(' + ');
      return variant(p, sumBy(p.serviceLabel, rates), overflows);
    },
    { haproxy: HAPROXY_QUEUES }
  ),
  perProxy(
    {
      id: 'pendingOverflowRate',
      row: 'pool',
      title: 'Pending queue overflow',
      description:
        'Requests rejected before a connection was assigned because the pending queue was full (seed: api-lazlo-sox 101,821 in 30 days). With pool overflow at 0 this is backend latency backing up the queue: a timeout-budget misalignment. Next: p99 latency and the timeout row for the same service.',
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) => {
      const m = p.signals.pendingOverflows;
      return m ? variant(p, `sort_desc(${signalRate(p, m)})`, [m]) : undefined;
    },
    { haproxy: `${HAPROXY_QUEUES} It does not count queue timeouts separately from other 503s.` }
  ),
  perProxy(
    {
      id: 'noHealthyUpstreamRate',
      row: 'pool',
      title: 'No healthy upstream',
      description:
        "Requests that found no healthy host: it fires after stale connections and outlier ejection have consumed the whole pool. Any non-zero value is a user-visible outage for that service. Next: Envoy outlier ejections and the pods' readiness; a restart is usually imminent.",
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) =>
      p.signals.noneHealthy ? variant(p, signalRate(p, p.signals.noneHealthy), [p.signals.noneHealthy]) : undefined,
    {
      haproxy:
        'HAProxy answers 503 when a backend has no server left without counting it apart; the healthy-servers panel in the Load-balancer health row shows the backend at 0.',
    }
  ),
  perProxy(
    {
      id: 'pendingRequests',
      row: 'pool',
      title: 'Requests waiting for a connection',
      description:
        'Requests queued for a pool connection right now. A queue that grows while request rate is flat means connections are held but not usable. Next: pending overflow above, and CLOSE_WAIT sockets on the backend nodes.',
      unit: 'short',
      visual: 'timeseries',
    },
    (p) =>
      variant(p, signalGauge(p, p.signals.waiting), [p.signals.waiting], {
        note:
          p.id === 'haproxy'
            ? "HAProxy: requests in the backend's queue, waiting for a server below its maxconn."
            : undefined,
      })
  ),
  perProxy(
    {
      id: 'serverConnections',
      row: 'pool',
      title: 'Idle and used connections to servers',
      description:
        "Connections HAProxy holds to each server: used (carrying a request) and idle (kept for reuse). Used connections pinned at the same number while requests queue is a server that accepts but never answers (its own pool is exhausted); idle at 0 with traffic means every connection is stuck. Next: that server's failed responses and CLOSE_WAIT sockets on its node.",
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const { idleConnections: idle, usedConnections: used } = p.signals;
      if (!idle || !used) {
        return undefined;
      }
      const by = byHostOf(p);
      const expr = tagged('connections', [
        { value: 'idle', expr: signalGauge(p, idle, by) },
        { value: 'used', expr: signalGauge(p, used, by) },
      ]);
      return variant(p, expr, [idle, used], { legend: `${hostLegend(p)} {{connections}}` });
    },
    {
      envoy:
        'Envoy exports active connections and active requests per cluster (upstream_cx_active, upstream_rq_active), not an idle/used split per host; with HTTP/2 multiplexing the difference is not idle connections.',
    }
  ),
];
