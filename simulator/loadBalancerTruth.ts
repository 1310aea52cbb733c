import { counterIncrease, findSeries, type Generated } from './generate';
import { loadBalancerPlan, type Ejection, type EjectionReason } from './loadBalancer';
import { SERVICES } from './scenario';

export interface LoadBalancerTruth {
  /** Every ejection: the host is out for the samples with start < t ≤ end. */
  ejections: Ejection[];
  /** Ejections enforced over the window per service and reason, as Prometheus counts the counters. */
  ejectionTotals: Record<string, Record<EjectionReason, number>>;
  membershipChangeTotals: Record<string, number>;
  healthCheckFailureTotals: Record<string, number>;
}

const REASONS: EjectionReason[] = ['consecutive_5xx', 'consecutive_gateway_failure', 'success_rate'];

export function loadBalancerTruth(g: Generated): LoadBalancerTruth {
  const total = (name: string, source: string) =>
    findSeries(g, name, { source }).reduce((sum, s) => sum + counterIncrease(s.values), 0);
  const perService = <T>(f: (source: string) => T): Record<string, T> =>
    Object.fromEntries(SERVICES.map((p) => [p.source, f(p.source)]));
  return {
    ejections: loadBalancerPlan(g.timeline).ejections,
    ejectionTotals: perService(
      (source) =>
        Object.fromEntries(
          REASONS.map((r) => [r, total(`envoy_cluster_outlier_detection_ejections_enforced_${r}`, source)])
        ) as Record<EjectionReason, number>
    ),
    membershipChangeTotals: perService((source) => total('envoy_cluster_membership_change', source)),
    healthCheckFailureTotals: perService((source) => total('envoy_cluster_health_check_failure', source)),
  };
}
