import type { InputSeries } from './series';
import { cleanSeries, groupByService, Scratch, type CleanSeries } from './seriesIndex';

export interface CallsPerPage {
  service: string;
  value: number;
}

/** Σ upstream ÷ Σ downstream requests of one service at the timestamps both have; undefined without overlap. */
export function callsPerPageOf(upstream: CleanSeries, pages: CleanSeries): number | undefined {
  let pageSum = 0;
  let upSum = 0;
  let j = 0;
  for (let i = 0; i < pages.t.length; i++) {
    while (j < upstream.t.length && upstream.t[j] < pages.t[i]) {
      j++;
    }
    if (pages.v[i] > 0 && j < upstream.t.length && upstream.t[j] === pages.t[i]) {
      pageSum += pages.v[i];
      upSum += upstream.v[j];
    }
  }
  return pageSum > 0 && upSum > 0 ? upSum / pageSum : undefined;
}

/** The named frontend, or else the first of the ones that fan out most. */
export function chooseFrontend(candidates: CallsPerPage[], frontendService?: string): CallsPerPage | undefined {
  if (frontendService) {
    return candidates.find((c) => c.service === frontendService);
  }
  return candidates.reduce<CallsPerPage | undefined>(
    (best, c) => (best && best.value >= c.value ? best : c),
    undefined
  );
}

/**
 * Upstream calls ÷ downstream page requests of the frontend: the named service, or else the one that
 * fans out most (a proxy makes ~1 upstream call per request, an SSR frontend ~23). Undefined when
 * envoy_http_downstream_rq_total is absent.
 */
export function measureApiCallsPerPage(
  upstream: InputSeries[],
  pages: InputSeries[],
  frontendService?: string
): CallsPerPage | undefined {
  const upstreamBy = groupByService(upstream);
  // Reused service after service: only a number is kept from each service's cleaned columns.
  const columns = { up: new Scratch(), pages: new Scratch() };
  const candidates: CallsPerPage[] = [];
  for (const [service, pageSeries] of groupByService(pages)) {
    const up = upstreamBy.get(service);
    const value =
      up &&
      callsPerPageOf(
        cleanSeries(up, undefined, undefined, columns.up),
        cleanSeries(pageSeries, undefined, undefined, columns.pages)
      );
    if (value !== undefined) {
      candidates.push({ service, value });
    }
  }
  return chooseFrontend(candidates, frontendService);
}
