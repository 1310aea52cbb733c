import { pointsByService, type ServiceSeries } from './series';

export interface CallsPerPage {
  service: string;
  value: number;
}

/**
 * Upstream calls ÷ downstream page requests of the frontend: the named service, or else the one that
 * fans out most (a proxy makes ~1 upstream call per request, an SSR frontend ~23). Undefined when
 * envoy_http_downstream_rq_total is absent.
 */
export function measureApiCallsPerPage(
  upstream: ServiceSeries[],
  pages: ServiceSeries[],
  frontendService?: string
): CallsPerPage | undefined {
  const upstreamBy = pointsByService(upstream);
  const candidates = [...pointsByService(pages).entries()].flatMap(([service, points]) => {
    const upAt = new Map((upstreamBy.get(service) ?? []).map((p) => [p.t, p.v]));
    const paired = points.filter((p) => p.v > 0 && upAt.has(p.t));
    const pageSum = paired.reduce((s, p) => s + p.v, 0);
    const upSum = paired.reduce((s, p) => s + (upAt.get(p.t) as number), 0);
    return pageSum > 0 && upSum > 0 ? [{ service, value: upSum / pageSum }] : [];
  });
  const chosen = frontendService
    ? candidates.find((c) => c.service === frontendService)
    : candidates.sort((a, b) => b.value - a.value)[0];
  return chosen ? { service: chosen.service, value: chosen.value } : undefined;
}
