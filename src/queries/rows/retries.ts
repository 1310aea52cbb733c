import { perProxy, variant } from '../proxyEntry';
import type { ProxyMetric, ProxyProfile } from '../proxyProfiles';
import { guardedRatio, serviceLegend, signalIncrease, signalRate, tagged } from '../proxySelectors';
import { MIN_REQUESTS_PER_SECOND, RANGE, RATE_INTERVAL } from '../selectors';
import type { CatalogueEntry, ProxyVariant } from '../types';

// Issue 12: what users get after retries next to what the mesh sees, how much retries amplify, what budgets refuse.
const NO_EDGE =
  "HAProxy counts a frontend's responses under the frontend's name, not the backend's: there is no per-service ratio users get to compare.";
/** The `refused` label of the refused-retries queries: why a retry was not sent. */
export const REFUSED_BY_BUDGET = 'budget or circuit breaker';
export const REFUSED_AT_LIMIT = 'retries used up';

const NO_REFUSALS = 'HAProxy does not count retries it declined (its `retries` limit is silent).';

/** Downstream 5xx ÷ downstream requests: the ratio the edge answered its clients, after retries. */
function userRatio(p: ProxyProfile, window: string): ProxyVariant | undefined {
  const { downstreamResponses5xx: failed, downstreamRequests: all } = p.signals;
  if (!failed || !all) {
    return undefined;
  }
  const expr = guardedRatio(p, signalRate(p, failed, window), signalRate(p, all, window), MIN_REQUESTS_PER_SECOND);
  return variant(p, expr, [failed, all]);
}

/**
 * Upstream attempts ÷ first attempts: 1.0 is no retry. Envoy counts every attempt, so first = attempts − retries;
 * HAProxy counts a request once, so attempts = requests + retries + redispatches.
 */
function amplification(p: ProxyProfile): ProxyVariant | undefined {
  const { requests, retries, redispatches } = p.signals;
  const rate = (m: ProxyMetric) => signalRate(p, m);
  const again = [retries, ...(redispatches ? [redispatches] : [])];
  const [attempts, first] =
    p.requestsCount === 'everyAttempt'
      ? [rate(requests), `(${rate(requests)} - ${rate(retries)})`]
      : [`(${[requests, ...again].map(rate).join(' + ')})`, rate(requests)];
  const expr = guardedRatio(p, attempts, first, MIN_REQUESTS_PER_SECOND);
  return variant(p, expr, [requests, ...(p.requestsCount === 'everyAttempt' ? [retries] : again)]);
}

function refusals(p: ProxyProfile, window: string, volume: boolean): ProxyVariant | undefined {
  const { retryOverflows: overflow, retryLimitExceeded: limit } = p.signals;
  if (!overflow || !limit) {
    return undefined;
  }
  const of = (m: ProxyMetric) => (volume ? signalIncrease(p, m, window) : signalRate(p, m, window));
  const expr = tagged('refused', [
    { value: REFUSED_BY_BUDGET, expr: of(overflow) },
    { value: REFUSED_AT_LIMIT, expr: of(limit) },
  ]);
  return variant(p, expr, [overflow, limit], { legend: `${serviceLegend(p)} {{refused}}` });
}

function rangeTotal(p: ProxyProfile, m: ProxyMetric | undefined): ProxyVariant | undefined {
  return m ? variant(p, `sort_desc(${signalIncrease(p, m, RANGE)})`, [m]) : undefined;
}

export const retryQueries: CatalogueEntry[] = [
  perProxy(
    {
      id: 'userVisible5xxRatio',
      row: 'closeWait',
      title: '5xx ratio users get (edge, after retries)',
      description: `Share of the responses the edge proxy answered its clients with a 5xx, after retries, where it serves at least ${MIN_REQUESTS_PER_SECOND} req/s. Read it next to the upstream 5xx ratio: close to it means retries protect no user (seed: next-pwa-app, 0.004% retry success); far below means retries absorb the burst. Above 1% users are failing. Next: the retry success ratio and the amplification panel.`,
      unit: 'percentunit',
      visual: 'timeseries',
      badAbove: 0.01,
    },
    (p) => userRatio(p, RATE_INTERVAL),
    { haproxy: NO_EDGE }
  ),
  perProxy(
    {
      id: 'retryAmplification',
      row: 'closeWait',
      title: 'Retry amplification (attempts per request)',
      description:
        'Upstream attempts ÷ first attempts: 1.0 means no retries, 1.5 means every other request was sent twice. A rise during a 5xx burst is retries piling onto the exhausted pool (seed: 21.6M retries in 30 days on next-pwa-app). Bad above ~1.1 while the retry success ratio is near 0. Next: a retry budget (retry_budget in circuit_breakers) or fewer num_retries until the leak is fixed (HAProxy: its attempts are requests plus retries and redispatches; lower `retries` or `retry-on`).',
      unit: 'none',
      visual: 'timeseries',
      badAbove: 1.1,
    },
    amplification
  ),
  perProxy(
    {
      id: 'retryRefusedRate',
      row: 'closeWait',
      title: 'Retries refused (budget, circuit breaker, limit)',
      description:
        'Retries Envoy declined per second: "budget or circuit breaker" (upstream_rq_retry_overflow: retry_budget or max_retries full) and "retries used up" (upstream_rq_retry_limit_exceeded: the request exhausted num_retries and failed). Overflow during a burst means the budget is capping amplification as designed; a steady limit-exceeded rate means requests fail after every retry. Next: the retry success ratio; if near 0, retries only add load.',
      unit: 'reqps',
      visual: 'timeseries',
      badAbove: 0,
    },
    (p) => refusals(p, RATE_INTERVAL, false),
    { haproxy: NO_REFUSALS }
  ),
  perProxy(
    {
      id: 'retryVolume',
      row: 'impact',
      title: 'Retries (whole range)',
      description:
        'Retry attempts over the selected range, by service (seed section 5: next-pwa-app 21.6M in 30 days, api-proxy 3,330, api-lazlo 26,881). Millions of retries at a near-zero success ratio are load without protection. Next: the retry success ratio over the same range.',
      unit: 'short',
      visual: 'table',
      instant: true,
    },
    (p) => rangeTotal(p, p.signals.retries)
  ),
  perProxy(
    {
      id: 'userVisible5xxRatioOverRange',
      row: 'impact',
      title: '5xx ratio users get (edge, whole range)',
      description:
        'Downstream 5xx ÷ downstream requests over the selected range: the failure rate users saw after retries. Compare with the upstream 5xx ratio over the same range. Next: the retry table of `connhealth report`.',
      unit: 'percentunit',
      visual: 'table',
      instant: true,
      badAbove: 0.01,
    },
    (p) => userRatio(p, RANGE),
    { haproxy: NO_EDGE }
  ),
  perProxy(
    {
      id: 'upstream5xxRatioOverRange',
      row: 'impact',
      title: 'Upstream 5xx ratio (mesh, whole range)',
      description:
        'Upstream 5xx ÷ upstream responses over the selected range: every failed attempt, before retries. Next: the ratio users get over the same range; the gap is what retries absorbed.',
      unit: 'percentunit',
      visual: 'table',
      instant: true,
      badAbove: 0.01,
    },
    (p) => {
      const { responses5xx, responses } = p.signals;
      const expr = guardedRatio(
        p,
        signalRate(p, responses5xx, RANGE),
        signalRate(p, responses, RANGE),
        MIN_REQUESTS_PER_SECOND
      );
      return variant(p, expr, [responses]);
    }
  ),
  perProxy(
    {
      id: 'retryRefusedVolume',
      row: 'impact',
      title: 'Retries refused (whole range)',
      description:
        'Retries declined over the selected range, by reason (budget or circuit breaker; retries used up). Next: the retries-refused panel in the CLOSE_WAIT Proxy row, to see whether they cluster in bursts.',
      unit: 'short',
      visual: 'table',
      instant: true,
    },
    (p) => refusals(p, RANGE, true),
    { haproxy: NO_REFUSALS }
  ),
];
