import type { ServiceSeries } from '../../impact';
import {
  DATABASE_IMPACT_TARGETS,
  REVENUE_PANEL_TARGETS,
  getQuery,
  renderExpr,
  type RenderOptions,
} from '../../queries';
import { rateIntervalFor } from '../../queries/rateInterval';
import { exactRegex, namespaceCandidates } from '../namespaces';
import type {
  DailySeries,
  Deployment,
  FixValidationSeries,
  PairedDatabaseSeries,
  PairedLiveSeries,
  ValidationWindows,
} from '../types';
import { restartsPerSecond } from '../validateFix';
import { wholeDays } from '../windows';
import type { PrometheusQueries, PromSeries } from './prometheusQueries';

export interface ValidationQuery {
  serviceLabel: string;
  /** The label on database exporter targets naming the owning service; the service label when absent. */
  databaseServiceLabel?: string;
  services: string;
  /** A namespace regex; by default derived from the service label values found. */
  namespaces?: string;
  stepSeconds: number;
  /** Unix seconds of the whole span (both requested windows, clipped to now). */
  start: number;
  end: number;
}

const DAY_SECONDS = 86_400;

/** Series keyed by `label`; a series without it gets the empty name (how a missing label is noticed). */
export function toServiceSeries(series: PromSeries[], label: string): ServiceSeries[] {
  return series.map((s) => ({ service: s.metric[label] ?? '', samples: s.values.map(([t, v]) => [t * 1000, v]) }));
}

// Prometheus runs queries in parallel; three at a time keeps a 2-core machine responsive.
async function limited<T>(tasks: Array<() => Promise<T>>, limit = 3): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

function render(q: ValidationQuery, extra: RenderOptions = {}): RenderOptions {
  return {
    serviceLabel: q.serviceLabel,
    databaseServiceLabel: q.databaseServiceLabel,
    services: q.services,
    rateInterval: rateIntervalFor(q.stepSeconds),
    range: `${q.end - q.start}s`,
    ...extra,
  };
}

type RevenueTarget = (typeof REVENUE_PANEL_TARGETS)[number];

/** Some of the ROI panel's series at the query's step over its whole span, by refId. */
export async function fetchRevenueTargets<T extends RevenueTarget>(
  client: PrometheusQueries,
  q: ValidationQuery,
  targets: readonly T[]
): Promise<Record<T['refId'], ServiceSeries[]>> {
  const fetched = await limited(
    targets.map((target) => async () => {
      const expr = renderExpr(getQuery(target.queryId).expr, render(q));
      const raw = await client.queryRange(expr, q.start, q.end, q.stepSeconds, target.queryId);
      return [target.refId, toServiceSeries(raw, target.refId === 'closeWait' ? 'instance' : q.serviceLabel)] as const;
    })
  );
  return Object.fromEntries(fetched) as Record<T['refId'], ServiceSeries[]>;
}

/** The ROI panel's six series at the fine step over the whole span. */
export async function fetchLiveSeries(client: PrometheusQueries, q: ValidationQuery): Promise<PairedLiveSeries> {
  return fetchRevenueTargets(client, q, REVENUE_PANEL_TARGETS);
}

/** The attribution engine's database series (as report reads them), by engine input. */
export async function fetchDatabaseSeries(
  client: PrometheusQueries,
  q: ValidationQuery
): Promise<PairedDatabaseSeries> {
  const fetched = await limited(
    DATABASE_IMPACT_TARGETS.map((target) => async () => {
      const expr = renderExpr(getQuery(target.queryId).expr, render(q));
      const raw = await client.queryRange(expr, q.start, q.end, q.stepSeconds, target.queryId);
      return [target.input, toServiceSeries(raw, q.serviceLabel)] as const;
    })
  );
  const database: PairedDatabaseSeries = { saturation: [], refusals: [], exporterUp: [] };
  fetched.forEach(([input, series]) => database[input].push(...series));
  return database;
}

const DAILY_QUERIES: Record<keyof DailySeries, string> = {
  fivexx: 'upstream5xxVolume',
  p99Ms: 'upstreamLatencyP99Baseline',
  retrySuccess: 'retrySuccessRatioOverRange',
  pendingOverflow: 'pendingOverflowVolume',
  keepAliveCycling: 'keepaliveCyclingRate',
};

/** One value per whole day on each side, each covering the day that ends at the sample (aligned to the fix). */
async function fetchDaily(
  client: PrometheusQueries,
  q: ValidationQuery,
  windows: ValidationWindows
): Promise<DailySeries> {
  const days = wholeDays(windows);
  const fix = Math.floor(windows.fixAt / 1000);
  const start = fix - (days.before - 1) * DAY_SECONDS;
  const end = fix + days.after * DAY_SECONDS;
  const oneDay = render(q, { range: `${DAY_SECONDS}s`, rateInterval: `${DAY_SECONDS}s` });
  const fetched = await limited(
    (Object.keys(DAILY_QUERIES) as Array<keyof DailySeries>).map((key) => async () => {
      const expr = renderExpr(getQuery(DAILY_QUERIES[key]).expr, oneDay);
      const raw = await client.queryRange(expr, start, end, DAY_SECONDS, DAILY_QUERIES[key]);
      return [key, toServiceSeries(raw, q.serviceLabel)] as const;
    })
  );
  return Object.fromEntries(fetched) as unknown as DailySeries;
}

/** Rollouts (new ReplicaSets of a Deployment) created within the query's span, oldest first. */
export async function fetchDeployments(
  client: PrometheusQueries,
  q: ValidationQuery,
  namespaces: string
): Promise<Deployment[]> {
  const expr = renderExpr(getQuery('deploymentRollouts').expr, render(q, { namespaces }));
  const rows = await client.queryInstant(expr, q.end, 'deploymentRollouts');
  return rows
    .map((r) => ({
      namespace: r.metric.namespace ?? '',
      deployment: r.metric.owner_name ?? '',
      at: Number(r.value) * 1000,
    }))
    .filter((d) => Number.isFinite(d.at) && d.at >= q.start * 1000 && d.at <= q.end * 1000)
    .sort((a, b) => a.at - b.at);
}

/** Namespace regex for restarts and rollouts: as given, or the names the selected services point at. */
export function namespaceRegexFor(q: ValidationQuery, live: Pick<PairedLiveSeries, 'requests'>): string {
  if (q.namespaces) {
    return q.namespaces;
  }
  return exactRegex(namespaceCandidates([...new Set(live.requests.map((s) => s.service))]));
}

/** Everything validateFix reads beyond the live series: restarts, rollouts and the daily figures. */
export async function fetchValidationSeries(
  client: PrometheusQueries,
  q: ValidationQuery,
  live: PairedLiveSeries,
  windows: ValidationWindows
): Promise<FixValidationSeries> {
  const namespaces = namespaceRegexFor(q, live);
  const interval = rateIntervalFor(q.stepSeconds);
  const [restarts, deployments, daily, database] = await Promise.all([
    client
      .queryRange(
        renderExpr(getQuery('podRestartRate').expr, render(q, { namespaces })),
        q.start,
        q.end,
        q.stepSeconds,
        'podRestartRate'
      )
      .then((raw) => restartsPerSecond(toServiceSeries(raw, 'namespace'), parseInt(interval, 10))),
    fetchDeployments(client, q, namespaces),
    fetchDaily(client, q, windows),
    fetchDatabaseSeries(client, q),
  ]);
  return { live, restarts, deployments, daily, database };
}
