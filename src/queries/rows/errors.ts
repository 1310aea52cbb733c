import { KUBE_STATE_METRICS } from '../providers';
import { perProxy, proxyIndependent, variant } from '../proxyEntry';
import { byHostOf, guardedRatio, hostLegend, signalRate, signalSelector } from '../proxySelectors';
import { MIN_REQUESTS_PER_SECOND, NAMESPACE_MATCHER, RANGE, RATE_INTERVAL, matchers, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';
import { RESTARTS } from '../metricNames';

const HAPROXY_BACKEND_5XX =
  "HAProxy: counted on the backend, so it includes the 503s and 504s HAProxy answers itself (no server available, `timeout server`); the per-server panel shows which server's responses failed.";

export const errorQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'upstream5xxRate',
      row: 'errors',
      title: 'Upstream 5xx rate by service',
      description:
        'Upstream responses with a 5xx code per second, per service. Bursts (seed: api-proxy 4–8/s typical, 15–20/s in a CLOSE_WAIT burst) that end when pods restart are the pattern. Next: check the CLOSE_WAIT proxy row for the same service and time.',
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) =>
      variant(p, signalRate(p, p.signals.responses5xx), [p.signals.responses5xx], {
        note: p.id === 'haproxy' ? HAPROXY_BACKEND_5XX : undefined,
      })
  ),
  perProxy(
    {
      id: 'upstream5xxRatio',
      row: 'errors',
      title: 'Upstream 5xx ratio by service',
      description: `Share of upstream responses that are 5xx, shown only where the service serves at least ${MIN_REQUESTS_PER_SECOND} req/s. Baseline is ~0.05%; 1–2% is a burst (seed section 9). A ratio that jumps without a traffic change points at connection state, not load. Next: rx_reset and the remote-close ratio below.`,
      unit: 'percentunit',
      visual: 'timeseries',
      badAbove: 0.01,
    },
    (p) => {
      const { responses5xx, responses } = p.signals;
      const expr = guardedRatio(p, signalRate(p, responses5xx), signalRate(p, responses), MIN_REQUESTS_PER_SECOND);
      return variant(p, expr, [responses], { note: p.id === 'haproxy' ? HAPROXY_BACKEND_5XX : undefined });
    }
  ),
  perProxy(
    {
      id: 'upstream5xxVolume',
      row: 'errors',
      title: 'Upstream 5xx volume by service (whole range)',
      description:
        '5xx responses over the selected range (the seed reads it over 30 days: api-proxy 17.7M, next-pwa-app 12.1M). The top two user-facing services carried 79% of org-wide 5xx: start there. Next: the 5xx rate panel to see whether the volume is steady or bursty.',
      unit: 'short',
      visual: 'bargauge',
      instant: true,
    },
    (p) => {
      const m = p.signals.responses5xx;
      return variant(
        p,
        `sort_desc(${sumBy(p.serviceLabel, `increase(${m.metric}${signalSelector(p, m)}[${RANGE}])`)})`,
        [m]
      );
    }
  ),
  perProxy(
    {
      id: 'upstream5xxDailyRate',
      row: 'errors',
      title: 'Daily 5xx rate (burst pattern)',
      description:
        'Per-day average 5xx/s per service (seed section 6). A typical day sits at a few per second; days at 2–3× are the burst days to correlate with incidents and restarts. Next: zoom into a spike day and read the rows below.',
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) => variant(p, signalRate(p, p.signals.responses5xx, '1d'), [p.signals.responses5xx])
  ),
  perProxy(
    {
      id: 'hostFailedResponseRate',
      row: 'errors',
      title: 'Failed responses by server (5xx + response errors)',
      description:
        "Per server: 5xx the server answered plus responses that broke off or never came (reset, abort, `timeout server`). One server far above its siblings is the leaking one; all servers together point at a shared dependency. Next: that server's health checks in the Load-balancer health row and CLOSE_WAIT sockets on its node.",
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) => {
      const { hostResponses5xx, hostResponseErrors } = p.signals;
      if (!hostResponses5xx || !hostResponseErrors) {
        return undefined;
      }
      const by = byHostOf(p);
      const expr = `${signalRate(p, hostResponses5xx, RATE_INTERVAL, by)} + ${signalRate(p, hostResponseErrors, RATE_INTERVAL, by)}`;
      return variant(p, expr, [hostResponses5xx, hostResponseErrors], { legend: hostLegend(p) });
    },
    {
      envoy:
        "Envoy's Prometheus stats count responses per cluster, not per host; per-host codes come from the access log (%UPSTREAM_HOST%) or the admin /clusters endpoint.",
    }
  ),
  proxyIndependent({
    id: 'podRestartRate',
    row: 'errors',
    title: 'Container restarts by namespace',
    description:
      'Container restarts per rate window. Restarts that line up with the end of a 5xx burst are the restart-to-recover pattern (the BET target: at least 50% fewer). Next: kubectl describe pod for OOMKilled vs liveness failures, and ss -s on a sibling pod for CLOSE-WAIT.',
    unit: 'short',
    expr: sumBy('namespace', `increase(${RESTARTS}${matchers(NAMESPACE_MATCHER)}[${RATE_INTERVAL}])`),
    legend: '{{namespace}}',
    visual: 'timeseries',
    metrics: [RESTARTS],
    provider: KUBE_STATE_METRICS,
    badAbove: 0,
  }),
  proxyIndependent({
    id: 'podRestartsByPod',
    row: 'errors',
    title: 'Pods restarted (whole range)',
    description:
      'Pods with at least one container restart in the selected range, most first (seed appendix, over 30 days). A pod that restarts every few days is being used as the recovery mechanism. Next: compare its restart times with the 5xx bursts above.',
    unit: 'short',
    expr: `sort_desc(${sumBy('namespace, pod', `increase(${RESTARTS}${matchers(NAMESPACE_MATCHER)}[${RANGE}])`)} > 0)`,
    legend: '{{namespace}}/{{pod}}',
    visual: 'table',
    instant: true,
    metrics: [RESTARTS],
    provider: KUBE_STATE_METRICS,
  }),
];
