import { perProxy, variant } from '../proxyEntry';
import { signalRate } from '../proxySelectors';
import type { CatalogueEntry } from '../types';

const NO_PAGE_COUNT =
  "HAProxy counts a frontend's requests under the frontend's name, which is not the backend's: there is no per-service page count to divide by.";

// Inputs of the business-impact model that the Stream 2 rows do not show.
export const impactInputQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'upstreamRequestRate',
      row: 'impact',
      title: 'Upstream request rate by service',
      description:
        'Upstream API calls per second per service: the traffic a burst error rate applies to (seed: 4,700 req/s on next-pwa-app at peak). Next: the 5xx ratio for the same service.',
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) => variant(p, signalRate(p, p.signals.requests), [p.signals.requests])
  ),
  perProxy(
    {
      id: 'downstreamPageRate',
      row: 'impact',
      title: 'Downstream page requests by service',
      description:
        'Requests a service receives from its clients; for the SSR frontend these are page renders (seed: ~205/s at peak). Next: API calls per page.',
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) =>
      p.signals.downstreamRequests
        ? variant(p, signalRate(p, p.signals.downstreamRequests), [p.signals.downstreamRequests])
        : undefined,
    { haproxy: NO_PAGE_COUNT }
  ),
  perProxy(
    {
      id: 'downstream5xxRate',
      row: 'impact',
      title: 'Downstream 5xx by service (what clients got)',
      description:
        "5xx per second a service answered its clients, after the proxy's retries. Divided by downstream requests and compared with the upstream 5xx ratio during a burst, it is the share of failures users really saw (the ROI panel's user-visible share). Next: the retry table of `connhealth report`.",
      unit: 'reqps',
      visual: 'timeseries',
    },
    (p) =>
      p.signals.downstreamResponses5xx
        ? variant(p, signalRate(p, p.signals.downstreamResponses5xx), [p.signals.downstreamResponses5xx])
        : undefined,
    { haproxy: NO_PAGE_COUNT }
  ),
  perProxy(
    {
      id: 'apiCallsPerPage',
      row: 'impact',
      title: 'Upstream API calls per page render',
      description:
        "Upstream calls ÷ downstream requests of the same service. The seed had to assume ~23 for next-pwa-app and called it the biggest uncertainty: 10 doubles the impact, 40 halves it. Next: use the frontend service's value in the impact model.",
      unit: 'none',
      visual: 'timeseries',
    },
    (p) => {
      const { requests, downstreamRequests } = p.signals;
      if (!downstreamRequests) {
        return undefined;
      }
      return variant(
        p,
        `${signalRate(p, requests)} / ${signalRate(p, downstreamRequests)}`,
        [requests, downstreamRequests],
        {
          provider: downstreamRequests.provider,
        }
      );
    },
    { haproxy: NO_PAGE_COUNT }
  ),
];
