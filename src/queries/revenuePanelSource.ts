import { getQuery } from './catalogue';
import { DATABASE_IMPACT_TARGETS } from './databaseImpactTargets';
import { RECORDED } from './recordingRules';
import { revenuePanelTargetsForEveryProxy } from './revenuePanelProxyTargets';
import type { RevenuePanelRefId } from './revenuePanelTargets';
import {
  BY_SERVICE,
  MIN_REMOTE_CLOSES_PER_SECOND,
  RANGE,
  SERVICE_MATCHER,
  guardedServiceRatio,
  matchers,
  sumBy,
} from './selectors';

// Recordings (rendered with `source`) are read only when all of them carry the chosen label over the whole range.

/** The recording-rule step the probe checks coverage at, and the window the recordings' rates use. */
export const RECORDED_STEP_SECONDS = 300;
/** Steps a recording may miss at the range's ends (evaluation lag, left-open vs closed subquery edges). */
const EDGE_STEPS = 2;

const recorded = (metric: string) => sumBy(BY_SERVICE, `${metric}${matchers(SERVICE_MATCHER)}`);

/** The ROI panel's inputs answered from the recording rules; refIds without a recording stay raw. */
export const RECORDED_REVENUE_EXPRS: Partial<Record<RevenuePanelRefId, string>> = {
  errors: recorded(RECORDED.errors5m),
  requests: recorded(RECORDED.upstreamRequests5m),
  rxReset: recorded(RECORDED.rxReset5m),
  remoteCloseRatio: guardedServiceRatio(
    recorded(RECORDED.remoteActive5m),
    recorded(RECORDED.remote5m),
    MIN_REMOTE_CLOSES_PER_SECOND
  ),
  pages: recorded(RECORDED.downstreamRequests5m),
  userErrors: recorded(RECORDED.downstreamErrors5m),
};

/** Every recording the recorded targets read, each checked for coverage. */
export const RECORDINGS_READ = [
  RECORDED.errors5m,
  RECORDED.upstreamRequests5m,
  RECORDED.rxReset5m,
  RECORDED.remoteActive5m,
  RECORDED.remote5m,
  RECORDED.downstreamRequests5m,
  RECORDED.downstreamErrors5m,
] as const;

export interface RevenueTarget {
  refId: string;
  expr: string;
  legend: string;
}

/**
 * Instant probes, one per recording: how many 5-minute steps of the range have a series of it that carries the
 * chosen service label. Recordings of another label (or none) count 0, so the panel then reads raw series.
 */
export const RECORDING_COVERAGE_PROBES: RevenueTarget[] = RECORDINGS_READ.map((metric) => ({
  refId: metric,
  expr: `count_over_time((count(${metric}${matchers(`${BY_SERVICE}!=""`, SERVICE_MATCHER)}) > 0)[${RANGE}:${RECORDED_STEP_SECONDS}s])`,
  legend: '',
}));

export type RevenueSource = 'recorded' | 'raw';

/** Recorded only if every recording answered at (nearly) every step of the range; raw otherwise. */
export function chooseRevenueSource(
  stepsWithData: Record<string, number | undefined>,
  rangeSeconds: number
): RevenueSource {
  const needed = Math.floor(rangeSeconds / RECORDED_STEP_SECONDS) - EDGE_STEPS;
  const covered = RECORDINGS_READ.every((metric) => (stepsWithData[metric] ?? 0) >= Math.max(1, needed));
  return covered ? 'recorded' : 'raw';
}

/** The attribution engine's database inputs, always raw: the same queries `report` and fix validation send. */
export function databaseImpactTargets(): RevenueTarget[] {
  return DATABASE_IMPACT_TARGETS.map(({ refId, queryId }) => {
    const query = getQuery(queryId);
    return { refId, expr: query.expr, legend: query.legend };
  });
}

/**
 * The ROI panel's targets by refId for every proxy, from the recordings or from the raw catalogue queries, and the
 * database inputs. The recordings are Envoy's: another proxy's services always come raw (never a mix).
 */
export function revenuePanelTargets(source: RevenueSource): RevenueTarget[] {
  const proxyTargets = revenuePanelTargetsForEveryProxy().map(({ refId, input, query }) => {
    const recordedExpr = source === 'recorded' && refId === input ? RECORDED_REVENUE_EXPRS[input] : undefined;
    return { refId, expr: recordedExpr ?? query.expr, legend: query.legend };
  });
  return [...proxyTargets, ...databaseImpactTargets()];
}
