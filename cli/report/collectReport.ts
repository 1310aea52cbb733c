import {
  DEFAULT_BURST_OPTIONS,
  liveImpact,
  sampleNumber,
  type Assumptions,
  type DatabaseSeries,
  type LiveImpact,
  type LiveSeries,
  type RetryFigure,
  type KeepAliveRace,
  type TimeoutBudget,
  type TimeoutSettings,
  timeoutBudgets,
  type ServiceSeries,
} from '../../src/impact';
import {
  DATABASE_IMPACT_TARGETS,
  REVENUE_PANEL_TARGETS,
  getQuery,
  renderExpr,
  type RenderOptions,
} from '../../src/queries';
import { rateIntervalFor } from '../../src/queries/rateInterval';
import type { PromClient, PromSeries } from '../prometheus/promClient';
import { fetchRefusals, retryTable, type RetryAnswers } from './retryReport';
import { fetchKeepAlive, keepAliveTable, type KeepAliveAnswers } from './keepAliveReport';

export interface ReportRequest {
  from: number;
  to: number;
  stepSeconds: number;
  serviceLabel: string;
  /** The label on database exporter targets naming the owning service; the service label when absent. */
  databaseServiceLabel?: string;
  services: string;
  assumptions: Assumptions;
  /** The service whose downstream requests are page renders; default: the one that fans out most. */
  frontendService?: string;
  /** Per-hop timeout settings (`--timeouts FILE`): the report then adds the timeout budget. */
  timeouts?: TimeoutSettings;
}

export interface ServiceFigure {
  service: string;
  value: number | null;
}

export interface ReportData {
  request: ReportRequest;
  fiveXxVolume: ServiceFigure[];
  rxResets: ServiceFigure[];
  pendingOverflow: ServiceFigure[];
  latencyP99Ms: ServiceFigure[];
  retrySuccess: ServiceFigure[];
  live: LiveImpact;
  /** Seed section 5's retry table, live (issue 12). */
  retries?: RetryFigure[];
  /** Each hop's timeout against its dependency's and the measured p99/p999, when settings were given. */
  timeoutBudget?: TimeoutBudget[];
  /** Where the proxy keeps idle connections longer than the backend, when settings were given. */
  keepAliveRace?: KeepAliveRace[];
}

const DAY_SECONDS = 86_400;

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export { rateIntervalFor };

const ONE_MINUTE_UP_TO_SECONDS = 31 * DAY_SECONDS;

/** A coarser step lets a burst of the shortest counted duration fall between samples. */
export const MAX_STEP_SECONDS = Math.floor(DEFAULT_BURST_OPTIONS.minDurationSeconds / 2);

/**
 * 1-minute steps up to 31 days (on the simulated 30 days: burst edges within 5 minutes, excess within
 * ~6%; 5-minute steps give ~20%), then wider so a long range stays near 45,000 points, never coarser than
 * half the shortest burst.
 */
export function chooseStepSeconds(rangeSeconds: number): number {
  const target = Math.ceil(rangeSeconds / ONE_MINUTE_UP_TO_SECONDS) * 60;
  return Math.min(MAX_STEP_SECONDS, Math.max(60, target));
}

// Seconds become ms in place: a copy of every sample would double the memory of a 300-service answer.
function toServiceSeries(series: PromSeries[], label: string): ServiceSeries[] {
  return series.map((s) => {
    for (const sample of s.values) {
      sample[0] *= 1000;
    }
    return { service: s.metric[label] ?? '(no label)', samples: s.values };
  });
}

async function instantFigures(
  client: PromClient,
  queryId: string,
  render: RenderOptions,
  time: number,
  label: string
): Promise<ServiceFigure[]> {
  const rows = await client.queryInstant(renderExpr(getQuery(queryId).expr, render), time, queryId);
  return (
    rows
      .map((r) => ({ service: r.metric[label] ?? '(no label)', value: sampleNumber(r.value) ?? null }))
      // Prometheus orders equal values arbitrarily: the service name makes the table the same on every run.
      .sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.service.localeCompare(b.service))
  );
}

export type FetchedReport = Omit<ReportData, 'live' | 'retries' | 'timeoutBudget' | 'keepAliveRace'> & {
  series: LiveSeries;
  database: DatabaseSeries;
  retryAnswers: RetryAnswers;
  latencyP999Ms?: ServiceFigure[];
  keepAlive?: KeepAliveAnswers;
};

/** What Prometheus answers for a report: catalogue queries only, run concurrently (bounded by the client). */
export async function fetchReport(client: PromClient, request: ReportRequest): Promise<FetchedReport> {
  const { from, to, stepSeconds, serviceLabel, services } = request;
  const rangeSeconds = seconds(to) - seconds(from);
  const render: RenderOptions = {
    serviceLabel,
    databaseServiceLabel: request.databaseServiceLabel,
    services,
    rateInterval: rateIntervalFor(stepSeconds),
    range: `${rangeSeconds}s`,
  };
  const at = seconds(to);
  const lastDay = { ...render, range: `${Math.min(rangeSeconds, DAY_SECONDS)}s` };
  const instant = (queryId: string, options = render) => instantFigures(client, queryId, options, at, serviceLabel);
  const databaseRanges = Promise.all(
    DATABASE_IMPACT_TARGETS.map(({ queryId }) =>
      client.queryRange(renderExpr(getQuery(queryId).expr, render), seconds(from), at, stepSeconds, queryId)
    )
  );
  // When another query fails first the report ends with that error; this answer is then dropped, not left unhandled.
  databaseRanges.catch(() => undefined);
  const [ranges, fiveXxVolume, rxResets, pendingOverflow, latencyP99Ms, retrySuccess, retryParts] = await Promise.all([
    Promise.all(
      REVENUE_PANEL_TARGETS.map((target) =>
        client.queryRange(
          renderExpr(getQuery(target.queryId).expr, render),
          seconds(from),
          at,
          stepSeconds,
          target.queryId
        )
      )
    ),
    instant('upstream5xxVolume'),
    instant('rxResetVolume'),
    instant('pendingOverflowVolume'),
    instant('upstreamLatencyP99Baseline', lastDay),
    instant('retrySuccessRatioOverRange'),
    Promise.all([
      instant('retryVolume'),
      instant('upstream5xxRatioOverRange'),
      instant('userVisible5xxRatioOverRange'),
      fetchRefusals(client, { render, time: at, label: serviceLabel }),
      client.queryRange(renderExpr(getQuery('retryRate').expr, render), seconds(from), at, stepSeconds, 'retryRate'),
      request.timeouts ? instant('upstreamLatencyP999Baseline', lastDay) : undefined,
      request.timeouts ? fetchKeepAlive(client, { render, time: at, label: serviceLabel }) : undefined,
    ]),
  ]);
  const [retries, meshFiveXxRatio, userFiveXxRatio, refusals, retryRate, latencyP999Ms, keepAlive] = retryParts;
  const retryAnswers: RetryAnswers = {
    retries,
    successRatio: retrySuccess,
    meshFiveXxRatio,
    userFiveXxRatio,
    ...refusals,
    retryRate: toServiceSeries(retryRate, serviceLabel),
  };
  const series = {} as LiveSeries;
  REVENUE_PANEL_TARGETS.forEach((target, i) => {
    series[target.refId] = toServiceSeries(ranges[i], target.refId === 'closeWait' ? 'instance' : serviceLabel);
  });
  const database: DatabaseSeries = { saturation: [], refusals: [], exporterUp: [] };
  (await databaseRanges).forEach((answer, i) =>
    database[DATABASE_IMPACT_TARGETS[i].input]!.push(...toServiceSeries(answer, serviceLabel))
  );
  const fetched = {
    request,
    fiveXxVolume,
    rxResets,
    pendingOverflow,
    latencyP99Ms,
    retrySuccess,
    series,
    database,
    retryAnswers,
  };
  return latencyP999Ms && keepAlive ? { ...fetched, latencyP999Ms, keepAlive } : fetched;
}

/** Every figure of the seed's section 6 and 9 tables. */
export async function collectReport(client: PromClient, request: ReportRequest): Promise<ReportData> {
  const { series, database, retryAnswers, latencyP999Ms, keepAlive, ...figures } = await fetchReport(client, request);
  const { from, to, assumptions, frontendService, timeouts } = request;
  const live = liveImpact(series, { from, to, assumptions, frontendService, database });
  const retries = retryTable(retryAnswers, series.requests, live.bursts);
  const budget = timeouts ? timeoutBudgets(timeouts, figures.latencyP99Ms, latencyP999Ms ?? []) : undefined;
  const races = timeouts && keepAlive ? keepAliveTable(timeouts, keepAlive) : undefined;
  return {
    ...figures,
    live,
    retries,
    ...(budget ? { timeoutBudget: budget } : {}),
    ...(races ? { keepAliveRace: races } : {}),
  };
}
