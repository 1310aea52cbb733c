import { DEFAULT_SERVICE_LABEL } from '../../../src/constants';
import {
  type DatabaseSeries,
  liveImpact,
  resolveAssumptions,
  type LiveImpact,
  type LiveSeries,
  type ServiceSeries,
} from '../../../src/impact';
import { DATABASE_IMPACT_TARGETS, REVENUE_PANEL_TARGETS, getQuery, renderExpr } from '../../../src/queries';
import type { RecordedQuery } from '../../host/server/hostServer';

interface PromMatrix {
  data: { result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
}

// The rate windows the page used: the only part of a recorded query the catalogue cannot predict.
function windowsIn(queries: RecordedQuery[]): string[] {
  return [...new Set(queries.flatMap((q) => [...q.params.query.matchAll(/\[(\d+[smhd])\]/g)].map((m) => m[1])))];
}

function findRecorded(queries: RecordedQuery[], queryId: string): RecordedQuery {
  const expr = getQuery(queryId).expr;
  for (const rateInterval of windowsIn(queries)) {
    const rendered = renderExpr(expr, { serviceLabel: DEFAULT_SERVICE_LABEL, rateInterval, range: '1d' });
    const match = queries.filter((q) => q.params.query === rendered).pop();
    if (match) {
      return match;
    }
  }
  throw new Error(`The page sent no query for catalogue entry ${queryId}`);
}

// Same naming as the panel: a sum-by-one-label series is named by that label's value.
function serviceName(metric: Record<string, string>): string {
  const { __name__: _name, ...labels } = metric;
  const values = Object.values(labels);
  return values.length === 1 ? values[0] : values.join(',');
}

async function replay(prometheusUrl: string, recorded: RecordedQuery): Promise<ServiceSeries[]> {
  const url = new URL(`${prometheusUrl}${recorded.path}`);
  Object.entries(recorded.params).forEach(([key, value]) => url.searchParams.set(key, value));
  const body = (await (await fetch(url)).json()) as PromMatrix;
  return body.data.result.map((series) => ({
    service: serviceName(series.metric),
    samples: series.values.map(([t, v]) => [t * 1000, v] as [number, string]),
  }));
}

/**
 * What the impact engine says for the data the page asked for: the page's own range queries (from the
 * host's log) replayed against Prometheus, then `liveImpact` with the organisation defaults and, as `report`
 * does, the database series.
 */
export async function impactFromPrometheus(
  prometheusUrl: string,
  recorded: RecordedQuery[],
  range: { from: number; to: number }
): Promise<LiveImpact> {
  const rangeQueries = recorded.filter((q) => q.path.endsWith('/query_range'));
  const entries = await Promise.all(
    REVENUE_PANEL_TARGETS.map(async ({ refId, queryId }) => [
      refId,
      await replay(prometheusUrl, findRecorded(rangeQueries, queryId)),
    ])
  );
  const database: Required<DatabaseSeries> = { saturation: [], refusals: [], exporterUp: [] };
  for (const { input, queryId } of DATABASE_IMPACT_TARGETS) {
    database[input].push(...(await replay(prometheusUrl, findRecorded(rangeQueries, queryId))));
  }
  return liveImpact(Object.fromEntries(entries) as LiveSeries, {
    from: range.from * 1000,
    to: range.to * 1000,
    assumptions: resolveAssumptions(),
    database,
  });
}
