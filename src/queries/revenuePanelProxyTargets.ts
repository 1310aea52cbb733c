import { queryFor } from './catalogue';
import { DEFAULT_PROXY, PROXIES } from './proxyProfiles';
import { REVENUE_PANEL_TARGETS, type RevenuePanelRefId } from './revenuePanelTargets';
import type { CatalogueQuery } from './types';

export interface ProxyRevenueTarget {
  /** The default proxy keeps the plain refId; another proxy's target is `<refId>_<proxy>`. */
  refId: string;
  /** Which input of the ROI panel the frames feed. */
  input: RevenuePanelRefId;
  query: CatalogueQuery;
}

const SEPARATOR = '_';

/**
 * The ROI panel's inputs for every proxy the catalogue knows: services of each proxy come in their own frames, so
 * bursts are found per service whatever serves it. Proxy-independent inputs (CLOSE_WAIT counts) come once.
 */
export function revenuePanelTargetsForEveryProxy(): ProxyRevenueTarget[] {
  return PROXIES.flatMap((p) =>
    REVENUE_PANEL_TARGETS.flatMap(({ refId, queryId }) => {
      const query = queryFor(queryId, p.id);
      if (!query || (p.id !== DEFAULT_PROXY && !query.proxy)) {
        return [];
      }
      return [{ refId: p.id === DEFAULT_PROXY ? refId : `${refId}${SEPARATOR}${p.id}`, input: refId, query }];
    })
  );
}

/** The ROI panel input a frame's refId feeds, for any proxy's target; undefined for a refId the panel does not read. */
export function revenueInputOf(refId: string | undefined): RevenuePanelRefId | undefined {
  const input = (refId ?? '').split(SEPARATOR)[0];
  return REVENUE_PANEL_TARGETS.find((t) => t.refId === input)?.refId;
}
