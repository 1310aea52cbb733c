import { NODE_EXPORTER_TCPSTAT } from '../providers';
import { perProxy, proxyIndependent, variant } from '../proxyEntry';
import { guardedRatio, signalRate } from '../proxySelectors';
import { INSTANCE_MATCHER, MIN_REMOTE_CLOSES_PER_SECOND, MIN_RETRIES_PER_SECOND, matchers, sumBy } from '../selectors';
import type { CatalogueEntry } from '../types';
import { TCP_STATES } from '../metricNames';

const NO_REMOTE_CLOSE_COUNT =
  "HAProxy's exporter does not count server-initiated closes, so there is no ratio to take; its response errors (this row) and CLOSE_WAIT counts on the backend nodes carry the signal instead.";

export const closeWaitQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'rxResetRate',
      row: 'closeWait',
      title: 'Stream resets from upstream (CLOSE_WAIT proxy)',
      description:
        'Resets received from the backend while a request was in flight: the RST Envoy gets when it reuses a socket the backend left in CLOSE_WAIT. The most specific proxy without kernel metrics; should be 0 after the fix. Any sustained non-zero value is bad. Next: run `ss -tan state close-wait` on the backend pod during the burst.',
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) =>
      variant(p, signalRate(p, p.signals.upstreamResets), [p.signals.upstreamResets], {
        ...(p.id === 'haproxy'
          ? {
              title: 'Response errors from servers (CLOSE_WAIT proxy)',
              description:
                "Requests whose response broke off or never came: the server reset or aborted, or HAProxy's `timeout server` fired while the backend waited on a pool its leaked sockets had emptied. Broader than Envoy's rx_reset (it includes timeouts); should be 0 after the fix, and any sustained value is bad. Next: `ss -tan state close-wait` on the servers of that backend, and their health checks below.",
            }
          : {}),
      })
  ),
  perProxy(
    {
      id: 'remoteCloseWithActiveRqRatio',
      row: 'closeWait',
      title: 'Remote closes with active requests (ratio)',
      description: `Share of backend-initiated closes that happened while Envoy had requests in flight. Use the ratio, not the count: rolling deployments inflate the count. Above 10% on a service is a structural close problem (seed section 5). Shown only above ${MIN_REMOTE_CLOSES_PER_SECOND} closes/s. Next: find the HttpClient error/halt path that returns without close().`,
      unit: 'percentunit',
      visual: 'timeseries',
      badAbove: 0.1,
    },
    (p) => {
      const { remoteClosesWithActiveRq: active, remoteCloses: all } = p.signals;
      if (!active || !all) {
        return undefined;
      }
      const expr = guardedRatio(p, signalRate(p, active), signalRate(p, all), MIN_REMOTE_CLOSES_PER_SECOND);
      return variant(p, expr, [active, all]);
    },
    { haproxy: NO_REMOTE_CLOSE_COUNT }
  ),
  proxyIndependent({
    id: 'closeWaitSockets',
    row: 'closeWait',
    title: 'CLOSE_WAIT sockets (direct, per node)',
    description:
      'Sockets in CLOSE_WAIT on each node: the peer closed, the application never did. A count that climbs until a restart and then drops is the leak itself. Counts are host-wide, so compare nodes and watch the trend. Next: `ss -tanp state close-wait` on the node to find the process.',
    unit: 'short',
    expr: sumBy('instance', `${TCP_STATES}${matchers('state="close_wait"', INSTANCE_MATCHER)}`),
    legend: '{{instance}}',
    visual: 'timeseries',
    metrics: [TCP_STATES],
    provider: NODE_EXPORTER_TCPSTAT,
  }),
  perProxy(
    {
      id: 'retrySuccessRatio',
      row: 'closeWait',
      title: 'Retry success ratio',
      description: `Successful retries ÷ retry attempts, shown only above ${MIN_RETRIES_PER_SECOND} retries/s. Near 0 (seed: next-pwa-app 0.004%) means retries land on the same exhausted pool: they add load and protect no user. Next: cap retries or add a retry budget until the leak is fixed.`,
      unit: 'percentunit',
      visual: 'timeseries',
      badBelow: 0.5,
    },
    (p) => {
      const { retrySuccesses, retries } = p.signals;
      if (!retrySuccesses) {
        return undefined;
      }
      const expr = guardedRatio(p, signalRate(p, retrySuccesses), signalRate(p, retries), MIN_RETRIES_PER_SECOND);
      return variant(p, expr, [retrySuccesses, retries]);
    },
    { haproxy: 'HAProxy counts retries (retry_warnings) but not whether they succeeded.' }
  ),
  perProxy(
    {
      id: 'retryRate',
      row: 'closeWait',
      title: 'Retry attempts',
      description:
        'Retries Envoy sends per second. Retries that climb while the success ratio collapses amplify a burst (seed: 21.6M retries in 30 days on next-pwa-app). Next: compare with the 5xx rate; if both rise together, retries are adding load.',
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) =>
      variant(p, signalRate(p, p.signals.retries), [p.signals.retries], {
        note:
          p.id === 'haproxy'
            ? 'HAProxy: retry_warnings counts retried connection attempts (`retries`, `retry-on`); a redispatch to another server is in the panel beside.'
            : undefined,
      })
  ),
  perProxy(
    {
      id: 'redispatchRate',
      row: 'closeWait',
      title: 'Redispatches to another server',
      description:
        "Requests sent to another server after their first server failed (`option redispatch`). A rise with the 5xx rate means one server is failing and its siblings absorb the traffic; steady redispatches from one backend point at a server that health checks do not catch. Next: that backend's failed responses by server and its health checks.",
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) =>
      p.signals.redispatches ? variant(p, signalRate(p, p.signals.redispatches), [p.signals.redispatches]) : undefined,
    {
      envoy:
        'Envoy moves a retry to another host through its retry policy (retry_host_predicate previous_hosts) and counts it among retries: read the retry panels.',
    }
  ),
  perProxy(
    {
      id: 'downstreamLocalCloseWithActiveRq',
      row: 'closeWait',
      title: 'Downstream closes with active requests',
      description:
        'The client-facing equivalent of the remote-close signal. Empty or flat while upstream signals burst confirms the problem is upstream-side (the HttpClient close path), as the seed found. A rise here means clients or the ingress are cutting connections too. Next: nginx 499s in the timeout row.',
      unit: 'cps',
      visual: 'timeseries',
    },
    (p) => {
      const m = p.signals.downstreamLocalClosesWithActiveRq;
      return m ? variant(p, signalRate(p, m), [m]) : undefined;
    },
    {
      haproxy:
        'HAProxy counts client aborts (client_aborts_total), not connections it closed on clients with requests in flight.',
    }
  ),
];
