import { retryAmplification, retryFigures, type RetryInputs, type ServiceSeries } from '..';

const MIN = 60_000;
const series = (service: string, values: number[]): ServiceSeries => ({
  service,
  samples: values.map((v, i) => [i * MIN, String(v)]),
});

// The seed's section 5 table: retries over 30 days and their success ratio.
const seedInputs = (over: Partial<RetryInputs> = {}): RetryInputs => ({
  retries: [
    { service: 'api-proxy', value: 3330 },
    { service: 'next-pwa-app', value: 21.6e6 },
    { service: 'api-lazlo', value: 26881 },
    { service: 'quiet', value: 0 },
  ],
  successRatio: [
    { service: 'next-pwa-app', value: 0.00004 },
    { service: 'api-proxy', value: 0.04 },
    { service: 'api-lazlo', value: 0.936 },
  ],
  meshFiveXxRatio: [
    { service: 'next-pwa-app', value: 0.002 },
    { service: 'api-proxy', value: 0.004 },
    { service: 'api-lazlo', value: 0.001 },
  ],
  userFiveXxRatio: {
    values: [
      { service: 'next-pwa-app', value: 0.002 },
      { service: 'api-lazlo', value: 0.0001 },
    ],
  },
  refusedByBudget: { values: [{ service: 'next-pwa-app', value: 1200 }] },
  refusedAtLimit: { unavailable: 'HAProxy does not count retries it declined.' },
  amplification: new Map([['next-pwa-app', { inBursts: 1.02, baseline: 1.002 }]]),
  ...over,
});

describe('retry figures (seed 000 section 5, live)', () => {
  it("gives the seed's table: retries, success rate and worst-case user-visible share, most retries first", () => {
    const rows = retryFigures(seedInputs());
    expect(rows.map((r) => [r.service, r.retries])).toEqual([
      ['next-pwa-app', 21.6e6],
      ['api-lazlo', 26881],
      ['api-proxy', 3330],
    ]);
    const share = Object.fromEntries(rows.map((r) => [r.service, r.userVisibleShare]));
    expect(share['next-pwa-app']).toBeCloseTo(0.99996, 5);
    expect(share['api-proxy']).toBeCloseTo(0.96, 5);
    expect(share['api-lazlo']).toBeCloseTo(0.064, 5);
  });

  it('measures what users got where the edge is scraped, and says why not where it is not', () => {
    const rows = new Map(retryFigures(seedInputs()).map((r) => [r.service, r]));
    expect(rows.get('api-lazlo')!.measuredUserVisibleShare).toBeCloseTo(0.1, 6);
    expect(rows.get('next-pwa-app')!.measuredUserVisibleShare).toBeCloseTo(1, 6);
    const proxy = rows.get('api-proxy')!;
    expect(proxy.userFiveXxRatio).toBeNull();
    expect(proxy.measuredUserVisibleShare).toBeNull();
    expect(proxy.unavailable.userFiveXxRatio).toMatch(/envoy_http_downstream_rq_xx not scraped/);
    expect(proxy.unavailable.measuredUserVisibleShare).toBe(proxy.unavailable.userFiveXxRatio);
    // The worst case stays the worst case: it never stands in for the measured share.
    expect(proxy.userVisibleShare).toBeCloseTo(0.96, 5);
  });

  it('says the user-visible figure is unavailable for every service when no downstream metrics exist', () => {
    const rows = retryFigures(seedInputs({ userFiveXxRatio: { unavailable: 'no downstream metrics in this fleet' } }));
    expect(rows.every((r) => r.userFiveXxRatio === null)).toBe(true);
    expect(new Set(rows.map((r) => r.unavailable.userFiveXxRatio))).toEqual(
      new Set(['no downstream metrics in this fleet'])
    );
  });

  it('keeps refusals and amplification per service, null with a reason where absent', () => {
    const rows = new Map(retryFigures(seedInputs()).map((r) => [r.service, r]));
    const pwa = rows.get('next-pwa-app')!;
    expect([pwa.refusedByBudget, pwa.refusedAtLimit]).toEqual([1200, null]);
    expect(pwa.unavailable.refusedAtLimit).toBe('HAProxy does not count retries it declined.');
    expect([pwa.amplificationInBursts, pwa.amplificationBaseline]).toEqual([1.02, 1.002]);
    expect(rows.get('api-lazlo')!.unavailable.amplificationInBursts).toMatch(/no request or retry series/);
  });

  it('never prints NaN or Infinity: a null success ratio or a mesh with no 5xx is unavailable with a reason', () => {
    const rows = retryFigures(
      seedInputs({
        successRatio: [{ service: 'next-pwa-app', value: Number.NaN }],
        meshFiveXxRatio: [{ service: 'next-pwa-app', value: 0 }],
      })
    );
    const pwa = rows.find((r) => r.service === 'next-pwa-app')!;
    expect(pwa.successRate).toBeNull();
    expect(pwa.userVisibleShare).toBeNull();
    expect(pwa.unavailable.userVisibleShare).toMatch(/too few retries/);
    expect(pwa.measuredUserVisibleShare).toBeNull();
    expect(pwa.unavailable.measuredUserVisibleShare).toMatch(/no 5xx/);
    expect(JSON.stringify(rows)).not.toMatch(/NaN|Infinity/);
  });
});

describe('retry amplification (attempts ÷ first attempts), in bursts vs baseline', () => {
  it('splits by burst and compares the same service only', () => {
    // 100 attempts/s; 1 retry/s outside the burst, 20/s inside minutes 3..5.
    const attempts = [series('a', [100, 100, 100, 100, 100, 100, 100]), series('b', [50, 50])];
    const retries = [series('a', [1, 1, 1, 20, 20, 1, 1]), series('b', [0, 0])];
    const amp = retryAmplification(attempts, retries, [{ service: 'a', start: 3 * MIN, end: 5 * MIN }]);
    expect(amp.get('a')!.inBursts).toBeCloseTo(200 / 160, 9);
    expect(amp.get('a')!.baseline).toBeCloseTo(500 / 495, 9);
    expect(amp.get('b')).toEqual({ inBursts: null, baseline: 1 });
  });

  it('is null, not Infinity, when every attempt is a retry, and skips samples only one series has', () => {
    const amp = retryAmplification([series('a', [5, 5])], [{ service: 'a', samples: [[0, '5']] }], []);
    expect(amp.get('a')).toEqual({ inBursts: null, baseline: null });
  });
});
