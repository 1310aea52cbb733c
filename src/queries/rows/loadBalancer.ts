import { perProxy, variant } from '../proxyEntry';
import type { ProxyProfile } from '../proxyProfiles';
import { byHostOf, hostLegend, serviceLegend, signalGauge, signalIncrease, tagged } from '../proxySelectors';
import { FLAPPING_EJECTIONS, FLAPPING_WINDOW, RATE_INTERVAL } from '../selectors';
import type { CatalogueEntry } from '../types';

// Seed 004: active checks catch crashes, passive ejection catches hangs and pool exhaustion; use both.
const ENVOY_NAMES_NO_HOST =
  "Envoy's Prometheus stats count per cluster, not per host: the outlier detection event log (outlier_detection.event_log_path: EJECT/UNEJECT events with the host address) or the admin /clusters endpoint (health_flags /failed_outlier_check) names the host.";

export function flappingExpr(p: ProxyProfile): string {
  return `${signalIncrease(p, p.signals.ejections, FLAPPING_WINDOW, byHostOf(p))} >= ${FLAPPING_EJECTIONS}`;
}

export const loadBalancerQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'hostsEjectedNow',
      row: 'loadBalancer',
      title: 'Hosts ejected now (outlier detection)',
      description:
        'Hosts passive health checking has taken out of the load-balancing set right now (Envoy ejects after 5 consecutive 5xx by default, for 30 s growing with each ejection up to max_ejection_time, ~300 s). Ejection is what catches a pool-exhausted backend that answers TCP and passes a shallow check. Bad: any host out longer than one ejection period; one of three hosts out is a third of the capacity gone. Next: ejections by reason and the flapping panel beside.',
      unit: 'short',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) =>
      variant(p, signalGauge(p, p.signals.hostsOut), [p.signals.hostsOut], {
        ...(p.id === 'haproxy'
          ? {
              title: 'Servers DOWN now',
              description:
                "Servers HAProxy has marked DOWN right now: `fall` failed active checks in a row, or errors on live traffic when the server has `observe layer7` with `on-error mark-down` (HAProxy's passive check). A DOWN server gets no new requests until `rise` checks pass. Bad: any server DOWN for more than a few check intervals. Next: the server state, check failures and downtime panels of this row.",
            }
          : {}),
      })
  ),
  perProxy(
    {
      id: 'ejectionsByReason',
      row: 'loadBalancer',
      title: 'Ejections enforced by reason',
      description:
        "Hosts ejected per interval, by detector: consecutive 5xx (the host answers errors), gateway failure (502/503/504 or connection failures: a host whose pool is exhausted) and success rate (a host much worse than its siblings). Ejections that cluster in a 5xx burst confirm one host is the source. Bad: ejections every few minutes on the same service. Next: the host's CLOSE_WAIT sockets, and whether the active check touches the dependency that fails.",
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const reasons = p.signals.ejectionsByReason;
      const by = byHostOf(p);
      const expr = tagged(
        'reason',
        reasons.map((r) => ({ value: r.reason, expr: signalIncrease(p, r.counter, RATE_INTERVAL, by) }))
      );
      return variant(
        p,
        expr,
        reasons.map((r) => r.counter),
        {
          legend: `${hostLegend(p)} {{reason}}`,
          ...(p.id === 'haproxy'
            ? {
                title: 'UP→DOWN transitions by server',
                description:
                  'Servers HAProxy took out of rotation per interval, named: each count is a server going from UP to DOWN after failed checks. Transitions that cluster in a 5xx burst point at that server. Bad: the same server going DOWN every few minutes. Next: its check failures and CLOSE_WAIT sockets on its node.',
              }
            : { note: ENVOY_NAMES_NO_HOST }),
        }
      );
    }
  ),
  perProxy(
    {
      id: 'healthyHosts',
      row: 'loadBalancer',
      title: 'Healthy vs total hosts',
      description:
        "Healthy hosts and all hosts of each cluster. Healthy below total means hosts are ejected, failing active checks or draining; healthy at 0 is an outage (every request fails with no healthy upstream). A dip during a rolling deployment is draining and should last no longer than the drain timeout (5–30 s for short HTTP). Next: ejections and check failures beside; outside a deployment, the host's CLOSE_WAIT sockets.",
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const { healthyHosts: healthy, allHosts: all } = p.signals;
      const expr = tagged('hosts', [
        { value: 'healthy', expr: signalGauge(p, healthy) },
        { value: 'total', expr: signalGauge(p, all) },
      ]);
      return variant(p, expr, [healthy, all], {
        legend: `${serviceLegend(p)} {{hosts}}`,
        note:
          p.id === 'haproxy'
            ? 'HAProxy: active servers UP (haproxy_backend_active_servers) and all servers from their state; a backend with no servers shows healthy at 0 and no total.'
            : undefined,
      });
    }
  ),
  perProxy(
    {
      id: 'healthCheckFailures',
      row: 'loadBalancer',
      title: 'Active health-check failures',
      description:
        "Active health checks that failed per interval. Seed 001's lesson: a check that does not touch the dependency that fails (a /healthz that always answers 200) passes while requests fail, so failures here at 0 during a 5xx burst mean the check is too shallow, not that the hosts are fine. Bad: failures that follow the 5xx rate, or none at all during a burst. Next: make the check exercise the critical dependency (the pool that leaks), with 2–3 failures before DOWN and 2–3 successes before UP.",
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const m = p.signals.healthCheckFailures;
      return variant(p, signalIncrease(p, m, RATE_INTERVAL, byHostOf(p)), [m], {
        legend: hostLegend(p),
        note: p.id === 'envoy' ? ENVOY_NAMES_NO_HOST : undefined,
      });
    }
  ),
  perProxy(
    {
      id: 'flappingHosts',
      row: 'loadBalancer',
      title: `Flapping: ejected ${FLAPPING_EJECTIONS}+ times in an hour`,
      description: `Services whose hosts were ejected at least ${FLAPPING_EJECTIONS} times within an hour: ejected, readmitted, ejected again. Each cycle moves traffic and fails requests. Envoy's backoff (each ejection lasts longer, up to max_ejection_time) should calm a flapping host by itself; if ejections keep coming, the host fails in bursts longer than the backoff. Bad: any value. Next: fix the host (its CLOSE_WAIT leak) rather than widening thresholds; if it is a network blip, require 5 consecutive failures and add jitter to checks.`,
      unit: 'short',
      visual: 'timeseries',
      badAbove: FLAPPING_EJECTIONS - 1,
    },
    (p) =>
      variant(p, flappingExpr(p), [p.signals.ejections], {
        legend: hostLegend(p),
        ...(p.id === 'haproxy'
          ? {
              description: `Servers that went from UP to DOWN at least ${FLAPPING_EJECTIONS} times within an hour, named: a server flapping between failed and passing checks. Each cycle moves traffic and fails the requests in flight. Bad: any value. Next: fix the server (its CLOSE_WAIT leak) rather than raising \`fall\`; if it is a network blip, raise \`fall\`/\`rise\` to 5 and add \`spread-checks\` jitter.`,
            }
          : { note: ENVOY_NAMES_NO_HOST }),
      })
  ),
  perProxy(
    {
      id: 'membershipChanges',
      row: 'loadBalancer',
      title: 'Membership changes (deployments, draining, slow start)',
      description:
        'Hosts added to or removed from each cluster per interval. A rolling deployment shows steps: each old pod drains (no new requests, in-flight ones finish within the drain timeout) and a new one joins, ideally with slow start (slow_start_config ramps its traffic over 1–5 minutes while its pools and caches warm). Bad: changes with no deployment (restarts or churn), or healthy below total for longer than a drain timeout. Next: healthy vs total, and the pod restarts in the 5xx row.',
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const m = p.signals.membershipChanges;
      return m ? variant(p, signalIncrease(p, m), [m]) : undefined;
    },
    {
      haproxy:
        'HAProxy has no membership-change counter: the server state panel shows DRAIN, MAINT and DOWN per server, and the slow-start panel the weight ramp of a server that rejoins.',
    }
  ),
  perProxy(
    {
      id: 'serverStateNotUp',
      row: 'loadBalancer',
      title: 'Servers not UP (DOWN, DRAIN, MAINT)',
      description:
        'Each server that is not UP, named, with its state: DOWN (failed checks), DRAIN (finishing in-flight requests, no new ones: a deployment or `set server state drain`), MAINT (taken out by an operator). DRAIN that lasts longer than the drain timeout holds a deployment up; DOWN outside a deployment is a failing server. Next: check failures and downtime of the same server.',
      unit: 'short',
      visual: 'timeseries',
    },
    (p) => {
      const m = p.signals.hostState;
      if (!m || !p.hostLabel) {
        return undefined;
      }
      return variant(p, `${signalGauge(p, m, `${byHostOf(p)}, state`)} > 0`, [m], {
        legend: `${hostLegend(p)} {{state}}`,
      });
    },
    {
      envoy:
        'Envoy keeps per-host health flags (failed_active_hc, failed_outlier_check, pending_dynamic_removal while draining) in the admin /clusters endpoint, not in its Prometheus stats: healthy vs total and membership changes tell the same story per cluster.',
    }
  ),
  perProxy(
    {
      id: 'slowStartWeight',
      row: 'loadBalancer',
      title: 'Slow start: effective ÷ configured weight',
      description:
        "Each server's effective weight as a share of its configured weight. A server that rejoins with `slowstart` ramps from near 0 to 100% so its cold pools and caches warm before full traffic (seed 004: 10% → 100% over 1–5 minutes). Bad: a server back at 100% at once after a restart (no slow start) while the 5xx ratio jumps, or stuck below 100%. Next: set `slowstart` on the server lines; compare with the 5xx rate after each rejoin.",
      unit: 'percentunit',
      visual: 'timeseries',
    },
    (p) => {
      const { effectiveWeight: effective, configuredWeight: configured } = p.signals;
      if (!effective || !configured) {
        return undefined;
      }
      const by = byHostOf(p);
      const expr = `${signalGauge(p, effective, by)} / (${signalGauge(p, configured, by)} > 0)`;
      return variant(p, expr, [effective, configured], { legend: hostLegend(p) });
    },
    {
      envoy:
        'Envoy exports no slow-start stat (slow_start_config has none); a rejoining host shows only as a membership change.',
    }
  ),
  perProxy(
    {
      id: 'hostDowntime',
      row: 'loadBalancer',
      title: 'Server downtime',
      description:
        'Seconds each server spent DOWN per interval, named. A server down for whole intervals while its siblings carry the load is a capacity loss; short repeated downtime is flapping. Next: its check failures, and CLOSE_WAIT sockets on its node.',
      unit: 's',
      visual: 'timeseries',
    },
    (p) => {
      const m = p.signals.hostDowntimeSeconds;
      return m
        ? variant(p, signalIncrease(p, m, RATE_INTERVAL, byHostOf(p)), [m], { legend: hostLegend(p) })
        : undefined;
    },
    { envoy: "Envoy's Prometheus stats have no per-host downtime; the ejection panels give the per-cluster view." }
  ),
];

/** Share of a service's hosts out of the load-balancing set now; no value for a service with no hosts. */
export function ejectedShareExpr(p: ProxyProfile): string {
  return `${signalGauge(p, p.signals.hostsOut)} / (${signalGauge(p, p.signals.allHosts)} > 0)`;
}
