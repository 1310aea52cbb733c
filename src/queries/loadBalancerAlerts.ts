import { PLUGIN_BASE_URL, ROUTES, VAR_PROXY, VAR_SERVICE } from '../constants';
import type { AlertRule } from './alertRules';
import { DEFAULT_PROXY, PROXIES, type ProxyProfile } from './proxyProfiles';
import { renderForRules } from './recordingRules';
import { FLAPPING_EJECTIONS } from './selectors';
import { ejectedShareExpr, flappingExpr } from './rows/loadBalancer';

// Above this share of a service's hosts out, the rest carry 1.4× their load and one more failure is an outage.
export const EJECTED_SHARE_ALERT = 0.3;

function dashboardUrl(p: ProxyProfile, serviceLabel: string): string {
  const proxy = p.id === DEFAULT_PROXY ? '' : `var-${VAR_PROXY}=${p.id}&`;
  return `${PLUGIN_BASE_URL}/${ROUTES.ConnectionHealth}?${proxy}var-${VAR_SERVICE}={{ $labels.${serviceLabel} }}`;
}

// Rules take a concrete service label: Envoy's `${label}` becomes the rules' `source`; HAProxy's is always `proxy`.
function flapping(p: ProxyProfile, serviceLabel: string): AlertRule {
  const host = p.hostLabel
    ? `{{ $labels.${serviceLabel} }}/{{ $labels.${p.hostLabel} }}`
    : `{{ $labels.${serviceLabel} }}`;
  const which = p.hostLabel
    ? 'This server'
    : 'A host of this service (Envoy counts per cluster: its outlier detection event log or /clusters names the host)';
  return {
    alert: 'ConnectionHealthHostFlapping',
    expr: renderForRules(flappingExpr(p)),
    for: '5m',
    labels: { severity: 'warning', load_balancer: p.id },
    annotations: {
      summary: `${host}: ejected {{ $value | humanize }} times in an hour (flapping)`,
      description: `${which} was taken out and readmitted at least ${FLAPPING_EJECTIONS} times within an hour: every cycle moves traffic and fails requests in flight. Next: fix the host (CLOSE_WAIT sockets on its node) rather than widening thresholds; for a network blip, require 5 consecutive failures and add jitter to checks.`,
      dashboard_url: dashboardUrl(p, serviceLabel),
    },
  };
}

function ejectedShare(p: ProxyProfile, serviceLabel: string): AlertRule {
  return {
    alert: 'ConnectionHealthHostsEjected',
    expr: `(${renderForRules(ejectedShareExpr(p))}) > ${EJECTED_SHARE_ALERT}`,
    for: '5m',
    labels: { severity: 'warning', load_balancer: p.id },
    annotations: {
      summary: `{{ $labels.${serviceLabel} }}: {{ $value | humanizePercentage }} of hosts out of the load-balancing set`,
      description: `More than ${EJECTED_SHARE_ALERT * 100}% of this service's hosts have been ejected or marked DOWN for 5 minutes: the rest carry their traffic and one more failure is an outage. Next: the Load-balancer health row (which hosts, which reason) and CLOSE_WAIT sockets on their nodes.`,
      dashboard_url: dashboardUrl(p, serviceLabel),
    },
  };
}

/** Seed 004's alerts for every proxy: a flapping host, and too many hosts out at once. */
export function loadBalancerAlerts(rulesServiceLabel: string): AlertRule[] {
  return PROXIES.flatMap((p) => {
    const label = p.id === DEFAULT_PROXY ? rulesServiceLabel : p.serviceLabel;
    return [flapping(p, label), ejectedShare(p, label)];
  });
}
