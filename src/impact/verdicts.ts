import type { KeepAliveRace } from './keepAliveRace';
import type { TimeoutBudget } from './timeoutBudget';

/** One line of a verdict table: a flagged service and what to change, in words. */
export interface Verdict {
  service: string;
  verdict: string;
}

/** The row a table shows when it flags nothing: what was checked, and the first reason some could not be. */
export const NOTHING_FLAGGED = '(none flagged)';

function nothingFlagged(
  what: string,
  checked: number,
  unchecked: Array<{ service: string; reason?: string }>,
  noData: string
): Verdict {
  if (checked === 0 && unchecked.length === 0) {
    return { service: NOTHING_FLAGGED, verdict: `Nothing to check: ${noData}.` };
  }
  const first = unchecked[0];
  const why = first
    ? ` ${unchecked.length} could not be checked (${first.service}: ${first.reason ?? 'an input is missing'}).`
    : '';
  return { service: NOTHING_FLAGGED, verdict: `No ${what} among the ${checked} services checked.${why}` };
}

/** Services whose proxy keeps idle connections longer than the backend, with which side to shorten and to what. */
export function keepAliveVerdicts(races: KeepAliveRace[]): Verdict[] {
  const flagged = races.filter((r) => r.race === true).map((r) => ({ service: r.service, verdict: r.advice ?? '' }));
  if (flagged.length) {
    return flagged;
  }
  const unchecked = races
    .filter((r) => r.race === null)
    .map((r) => ({ service: r.service, reason: r.unavailable.race }));
  return [
    nothingFlagged(
      'keep-alive race',
      races.length - unchecked.length,
      unchecked,
      'no service has connection lifetimes (envoy_cluster_upstream_cx_length_ms) or close counters in the range'
    ),
  ];
}

/** Every finding of every service: a hop not longer than its dependency, a p999 at a timeout, a p99 eating it. */
export function timeoutVerdicts(budgets: TimeoutBudget[]): Verdict[] {
  const flagged = budgets.flatMap((b) => b.findings.map((f) => ({ service: b.service, verdict: f.message })));
  if (flagged.length) {
    return flagged;
  }
  const unchecked = budgets
    .filter((b) => b.timeoutsMs.edge === null && b.timeoutsMs.route === null)
    .map((b) => ({
      service: b.service,
      reason: `${b.unavailable.route}: set the timeouts on the app's configuration page`,
    }));
  return [
    nothingFlagged(
      'timeout-budget problem',
      budgets.length - unchecked.length,
      unchecked,
      'no service has latency data in the range nor timeouts of its own on the configuration page'
    ),
  ];
}
