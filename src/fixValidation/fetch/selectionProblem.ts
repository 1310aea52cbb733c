import type { PairedLiveSeries } from '../types';
import { getQuery, renderExpr } from '../../queries';
import type { PrometheusQueries } from './prometheusQueries';
import { toServiceSeries, type ValidationQuery } from './fetchValidationSeries';

const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
const HOUR = 3600;

/**
 * Why the request series came back unusable, in one line: the label is missing, the regex matched
 * nothing, or there is no data at all around the fix. Undefined when the selection is fine.
 */
export async function selectionProblem(
  client: PrometheusQueries,
  q: ValidationQuery,
  live: PairedLiveSeries
): Promise<string | undefined> {
  const span = `between ${iso(q.start)} and ${iso(q.end)}`;
  const labelled = live.requests.filter((s) => s.service !== '' && s.samples.length > 0);
  if (labelled.length > 0) {
    return undefined;
  }
  if (live.requests.some((s) => s.samples.length > 0)) {
    return `no envoy_cluster_upstream_rq_total series carry the label "${q.serviceLabel}" ${span} (the seed's mesh uses source, plain Envoy envoy_cluster_name): check --service-label`;
  }
  const expr = renderExpr(getQuery('upstreamRequestRate').expr, {
    serviceLabel: q.serviceLabel,
    services: '.*',
    rateInterval: `${2 * HOUR}s`,
  });
  const any = toServiceSeries(
    await client.queryRange(expr, q.start, q.end, HOUR, 'upstreamRequestRate'),
    q.serviceLabel
  );
  if (any.some((s) => s.service !== '' && s.samples.length > 0)) {
    return `--services "${q.services}" matches no value of the label "${q.serviceLabel}" ${span}`;
  }
  if (any.some((s) => s.samples.length > 0)) {
    return `no envoy_cluster_upstream_rq_total series carry the label "${q.serviceLabel}" ${span}: check --service-label`;
  }
  return `no Envoy request data ${span}: the fix time is outside the data in this Prometheus`;
}

/** First and last sample time (ms) of request data, over every selected service. */
export function dataExtent(live: PairedLiveSeries): { dataFrom?: number; dataTo?: number } {
  let dataFrom: number | undefined;
  let dataTo: number | undefined;
  for (const s of live.requests) {
    for (const [t, v] of s.samples) {
      if (v === null || v === undefined || !Number.isFinite(Number(v))) {
        continue;
      }
      dataFrom = dataFrom === undefined ? t : Math.min(dataFrom, t);
      dataTo = dataTo === undefined ? t : Math.max(dataTo, t);
    }
  }
  return { dataFrom, dataTo };
}
