import {
  SEED_MID_CASE,
  evaluateImpact,
  NO_RETRY_PROTECTION,
  userVisibleShare,
  type ServiceSeries,
  type ShareSeries,
} from '..';

const MINUTE = 60_000;
const MINUTES = 120;
const inBurst = (m: number) => m >= 60 && m < 90;
const series = (service: string, value: (m: number) => number): ServiceSeries => ({
  service,
  samples: Array.from({ length: MINUTES }, (_, m) => [m * MINUTE, value(m)]),
});
const burst = (service: string) => ({ service, start: 60 * MINUTE, end: 90 * MINUTE });

/** Two services: the mesh fails 2% in bursts; users see 1.5% on one (retries absorb a quarter) and 0.5% on the other. */
function fleet(): ShareSeries {
  const svc = (name: string, rps: number, userRatio: number) => ({
    errors: series(name, (m) => rps * (inBurst(m) ? 0.02 : 0.001)),
    requests: series(name, () => rps),
    pages: series(name, () => rps / 10),
    userErrors: series(name, (m) => (rps / 10) * (inBurst(m) ? userRatio : 0.0001)),
  });
  const a = svc('a', 1000, 0.015);
  const b = svc('b', 3000, 0.005);
  return {
    errors: [a.errors, b.errors],
    requests: [a.requests, b.requests],
    pages: [a.pages, b.pages],
    userErrors: [a.userErrors, b.userErrors],
  };
}

describe('userVisibleShare: the share of a burst’s upstream failures users saw', () => {
  it('measures downstream ÷ upstream 5xx ratio during each service’s bursts, weighted by its upstream 5xx', () => {
    const share = userVisibleShare(fleet(), [burst('a'), burst('b')]);
    expect(share.source).toBe('measured');
    expect(share.services.map((s) => [s.service, s.share])).toEqual([
      ['a', expect.closeTo(0.75, 9)],
      ['b', expect.closeTo(0.25, 9)],
    ]);
    // b fails three times as many upstream requests: (0.75 × 1 + 0.25 × 3) ÷ 4.
    expect(share.value).toBeCloseTo(0.375, 9);
    expect(share.note).toBe(
      'measured 37.5%: downstream ÷ upstream 5xx ratio during the bursts of 2 services (25%–75%), weighted by their upstream 5xx'
    );
  });

  it('counts only bursting services, and caps a fan-out above 1 at no protection', () => {
    const s = fleet();
    s.userErrors = [series('a', (m) => 100 * (inBurst(m) ? 0.05 : 0)), ...s.userErrors!.slice(1)];
    const share = userVisibleShare(s, [burst('a')]);
    expect(share.services.map((x) => x.service)).toEqual(['a']);
    expect(share.services[0].share).toBeCloseTo(2.5, 9);
    expect(share.value).toBe(1);
  });

  it('falls back to the seed’s "retry protection 0%" and says why, never silently', () => {
    const { userErrors: _none, ...noEdge } = fleet();
    expect(userVisibleShare(noEdge, [burst('a')])).toEqual({
      source: 'assumed',
      value: NO_RETRY_PROTECTION,
      services: [],
      note: "assumed 100% (retry protection 0%, the seed's assumption): no downstream 5xx series (envoy_http_downstream_rq_xx) in the range to measure it",
    });
    expect(userVisibleShare(fleet(), []).note).toMatch(/no bursts in the range/);
    expect(userVisibleShare(fleet(), [burst('elsewhere')]).note).toMatch(/no bursting service has downstream 5xx/);
    const silent = { ...fleet(), pages: [series('a', () => 0), series('b', () => 0)] };
    expect(userVisibleShare(silent, [burst('a')]).source).toBe('assumed');
  });

  it('scales the failed page renders, and everything after them, by the share; excess failures stay upstream', () => {
    const all = evaluateImpact(SEED_MID_CASE);
    const quarter = evaluateImpact(SEED_MID_CASE, {}, 0.25);
    expect(quarter.perBurst.excessFailures).toBe(all.perBurst.excessFailures);
    expect(quarter.perBurst.failedPageRenders! / all.perBurst.failedPageRenders!).toBeCloseTo(0.25, 12);
    expect(quarter.annual.profit! / all.annual.profit!).toBeCloseTo(0.25, 12);
  });
});
