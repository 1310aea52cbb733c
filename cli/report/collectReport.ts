import {
  liveImpact,
  sampleNumber,
  type Assumptions,
  type LiveImpact,
  type LiveSeries,
  type ServiceSeries,
} from '../../src/impact';
import { REVENUE_PANEL_TARGETS, getQuery, renderExpr, type RenderOptions } from '../../src/queries';
import { rateIntervalFor } from '../../src/queries/rateInterval';
import type { PromClient, PromSeries } from '../prometheus/promClient';

export interface ReportRequest {
  from: number;
  to: number;
  stepSeconds: number;
  serviceLabel: string;
  services: string;
  assumptions: Assumptions;
  /** The service whose downstream requests are page renders; default: the one that fans out most. */
  frontendService?: string;
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
}

const DAY_SECONDS = 86_400;

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export { rateIntervalFor };

const ONE_MINUTE_UP_TO_SECONDS = 31 * DAY_SECONDS;

/**
 * 1-minute steps up to 31 days (on the simulated 30 days: burst edges within 5 minutes, excess within
 * ~6%; 5-minute steps give ~20%), then wider so a long range stays at ~45,000 points, up to 5 minutes.
 */
export function chooseStepSeconds(rangeSeconds: number): number {
  const target = Math.ceil(rangeSeconds / ONE_MINUTE_UP_TO_SECONDS) * 60;
  return Math.min(300, Math.max(60, target));
}

function toServiceSeries(series: PromSeries[], label: string): ServiceSeries[] {
  return series.map((s) => ({
    service: s.metric[label] ?? '(no label)',
    samples: s.values.map(([t, v]) => [t * 1000, v]),
  }));
}

async function instantFigures(
  client: PromClient,
  queryId: string,
  render: RenderOptions,
  time: number,
  label: string
): Promise<ServiceFigure[]> {
  const rows = await client.queryInstant(renderExpr(getQuery(queryId).expr, render), time, queryId);
  return rows
    .map((r) => ({ service: r.metric[label] ?? '(no label)', value: sampleNumber(r.value) ?? null }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

/** Every figure of the seed's section 6 and 9 tables, from catalogue queries only. */
export async function collectReport(client: PromClient, request: ReportRequest): Promise<ReportData> {
  const { from, to, stepSeconds, serviceLabel, services } = request;
  const rangeSeconds = seconds(to) - seconds(from);
  const render: RenderOptions = {
    serviceLabel,
    services,
    rateInterval: rateIntervalFor(stepSeconds),
    range: `${rangeSeconds}s`,
  };
  const series = {} as LiveSeries;
  for (const target of REVENUE_PANEL_TARGETS) {
    const expr = renderExpr(getQuery(target.queryId).expr, render);
    const raw = await client.queryRange(expr, seconds(from), seconds(to), stepSeconds, target.queryId);
    series[target.refId] = toServiceSeries(raw, target.refId === 'closeWait' ? 'instance' : serviceLabel);
  }
  const at = seconds(to);
  const lastDay = { ...render, range: `${Math.min(rangeSeconds, DAY_SECONDS)}s` };
  return {
    request,
    fiveXxVolume: await instantFigures(client, 'upstream5xxVolume', render, at, serviceLabel),
    rxResets: await instantFigures(client, 'rxResetVolume', render, at, serviceLabel),
    pendingOverflow: await instantFigures(client, 'pendingOverflowVolume', render, at, serviceLabel),
    latencyP99Ms: await instantFigures(client, 'upstreamLatencyP99Baseline', lastDay, at, serviceLabel),
    retrySuccess: await instantFigures(client, 'retrySuccessRatioOverRange', render, at, serviceLabel),
    live: liveImpact(series, { from, to, assumptions: request.assumptions, frontendService: request.frontendService }),
  };
}
