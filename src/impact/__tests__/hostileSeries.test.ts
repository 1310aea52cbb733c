import { SEED_ASSUMPTIONS } from '../assumptions';
import { detectBursts } from '../detectBursts';
import { liveImpact, type LiveImpact, type LiveImpactOptions, type LiveSeries } from '../liveImpact';
import { cleanPoints, pointsByService, type SampleValue, type ServiceSeries } from '../series';
import { dishonesty } from './honestFigures';
import { syntheticFleet } from './syntheticFleet';
import { MINUTE, MINUTES, T0, live, series } from './syntheticSeries';

const DAY = 86_400_000;
const RANGE: LiveImpactOptions = { from: T0, to: T0 + MINUTES * MINUTE, assumptions: SEED_ASSUMPTIONS };
const NOTHING: LiveSeries = { errors: [], requests: [], rxReset: [], remoteCloseRatio: [], closeWait: [], pages: [] };
const HOSTILE: SampleValue[] = [
  'NaN',
  '+Inf',
  '-Inf',
  Number.NaN,
  Infinity,
  -Infinity,
  null,
  undefined,
  '',
  ' ',
  'abc',
];

const startMinutes = (r: LiveImpact) => r.bursts.map((b) => (b.start - T0) / MINUTE);

/** The fixture's samples with `f` applied to each series' sample list. */
function reshaped(
  f: (samples: ServiceSeries['samples'], name: keyof LiveSeries) => ServiceSeries['samples']
): LiveSeries {
  const base = live();
  return Object.fromEntries(
    (Object.keys(base) as Array<keyof LiveSeries>).map((name) => [
      name,
      (base[name] as ServiceSeries[]).map((s) => ({ service: s.service, samples: f(s.samples, name) })),
    ])
  ) as unknown as LiveSeries;
}

// Deterministic shuffle: the same disorder every run.
function shuffled<T>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, key: (i * 7919) % 10007 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

const allNaN = (service: string) => series(service, MINUTES, () => 'NaN');
const clean = liveImpact(live(), RANGE);

interface Case {
  name: string;
  series: LiveSeries;
  options?: Partial<LiveImpactOptions>;
  check: (r: LiveImpact) => void;
}

const CASES: Case[] = [
  {
    name: 'NaN, ±Inf, "NaN" strings, blanks and nulls between good samples are skipped',
    series: reshaped((samples) => samples.map(([t, v], m) => [t, m % 7 === 5 ? HOSTILE[m % HOSTILE.length] : v])),
    check: (r) => {
      expect(startMinutes(r)).toEqual([300, 1500]);
      expect(r.bursts.map((b) => b.signature.closeWait)).toEqual([true, false]);
      expect(r.missing).toEqual([]);
      expect(r.inputs.burstErrorRate.value).toBeCloseTo(clean.inputs.burstErrorRate.value as number, 3);
    },
  },
  {
    name: 'negative values (counter resets) are not data',
    series: reshaped((samples, name) =>
      samples.map(([t, v], m) => [t, (name === 'errors' && m === 1505) || (name === 'requests' && m === 310) ? -12 : v])
    ),
    check: (r) => {
      expect(startMinutes(r)).toEqual([300, 1500]);
      expect(r.bursts[1].excessFailures).toBeGreaterThan(0.9 * clean.bursts[1].excessFailures);
    },
  },
  {
    name: 'an all-NaN 5xx series is missing data, not "$0, never"',
    series: { ...live(), errors: [allNaN('next-pwa-app')] },
    check: (r) => {
      expect(r.missing).toEqual(['errors']);
      expect(r.inputs.burstsPerMonth.value).toBeNull();
      expect(r.impact.annual.profit).toBeNull();
      expect(r.impact.unavailable['annual.profit']).toMatch(/no 5xx data in the range/);
      expect(r.impact.paybackDays).toBeNull();
      expect(r.impact.unavailable.paybackDays).toMatch(/no 5xx data/);
      expect(r.impact.roiMultiple).toBeNull();
    },
  },
  {
    name: 'an all-null request series (as columns) is missing data',
    series: { ...live(), requests: [{ service: 'next-pwa-app', times: [T0, T0 + MINUTE], values: [null, null] }] },
    check: (r) => {
      expect(r.missing).toEqual(['requests']);
      expect(r.impact.unavailable['monthly.profit']).toBe('no request-rate data in the range');
      expect(r.coverage).toEqual({ from: T0, to: T0, requestedFrom: RANGE.from, requestedTo: RANGE.to });
    },
  },
  {
    name: 'no series at all',
    series: NOTHING,
    check: (r) => {
      expect(r.missing).toEqual(['errors', 'requests', 'rxReset', 'remoteCloseRatio', 'closeWait', 'pages']);
      expect(r.bursts).toEqual([]);
      expect(r.impact.perBurst.profit).toBeNull();
      expect(r.impact.unavailable['perBurst.excessFailures']).toBe('no request-rate data in the range');
      expect(r.sensitivity.every((row) => row.annualProfit === null)).toBe(true);
    },
  },
  {
    name: 'a single point',
    series: {
      ...NOTHING,
      requests: [{ service: 'a', samples: [[T0 + 100 * MINUTE, 4600]] }],
      errors: [{ service: 'a', samples: [[T0 + 100 * MINUTE, 2.3]] }],
    },
    check: (r) => {
      expect(r.bursts).toEqual([]);
      expect(r.coverage).toMatchObject({ from: T0 + 100 * MINUTE, to: T0 + 101 * MINUTE });
      expect(r.inputs.burstsPerMonth.value).toBe(0);
      expect(r.impact.monthly.profit).toBe(0);
      expect(r.impact.unavailable['perBurst.profit']).toMatch(/^no bursts to measure: 0 bursts in 0\.0 days with data/);
      expect(r.warnings).toContain('Only 60 s of request data: bursts per month are extrapolated from a short span.');
    },
  },
  {
    name: 'unsorted samples and duplicate timestamps (the last sample of a timestamp wins)',
    // Decoys first, the real samples later: each timestamp's last sample is the real one.
    series: reshaped((samples) => [
      ...shuffled(samples.map(([t]) => [t, 1e6] as [number, SampleValue])),
      ...shuffled(samples),
    ]),
    check: (r) => {
      expect(r.bursts).toEqual(clean.bursts);
      expect(r.impact).toEqual(clean.impact);
    },
  },
  {
    name: 'series without the service label',
    series: {
      ...live(),
      requests: [...live().requests, series('(no label)', MINUTES, () => 10)],
      errors: [...live().errors, series('', MINUTES, () => 0.1)],
    },
    check: (r) => {
      expect(r.warnings).toContainEqual(expect.stringMatching(/^2 series of errors, requests have no service label/));
      expect(startMinutes(r)).toEqual([300, 1500]);
    },
  },
  {
    name: 'a range longer than the data: rates use the 2 days with data, not the 4 requested',
    series: live(),
    options: { from: T0 - 2 * DAY, to: T0 + 2 * DAY },
    check: (r) => {
      expect(r.coverage).toEqual({
        from: T0,
        to: T0 + 2 * DAY,
        requestedFrom: T0 - 2 * DAY,
        requestedTo: T0 + 2 * DAY,
      });
      expect(r.inputs.burstsPerMonth.value).toBeCloseTo(30, 6);
      expect(r.inputs.burstsPerMonth.note).toBe('2 bursts in 2.0 days with data, of 4.0 requested, scaled to 30 days');
      expect(r.warnings).toContainEqual(
        expect.stringMatching(
          /^Request data covers 2\.0 of the 4\.0 requested days \(2026-04-10T00:00Z to 2026-04-12T00:00Z\)/
        )
      );
    },
  },
  {
    name: 'a gap inside the range is not counted as data',
    series: reshaped((samples, name) =>
      name === 'requests' ? samples.filter((_, m) => m < 1000 || m >= 2000) : samples
    ),
    check: (r) => {
      expect(startMinutes(r)).toEqual([300]);
      expect(r.inputs.burstsPerMonth.value).toBeCloseTo((30 * 24 * 60) / (MINUTES - 1000), 6);
      expect(r.warnings).toContainEqual(expect.stringMatching(/with gaps\): per-month figures use the days with data/));
    },
  },
  {
    name: 'a step of one day finds no bursts, and says why',
    series: {
      ...NOTHING,
      requests: [{ service: 'a', times: [0, 1, 2, 3].map((d) => T0 + d * DAY), values: [4600, 4600, 4600, 4600] }],
      // A 30-minute burst at 1.5% averaged over a day is 0.08%: diluted below any threshold.
      errors: [{ service: 'a', times: [0, 1, 2, 3].map((d) => T0 + d * DAY), values: [2.3, 3.7, 2.3, 2.3] }],
    },
    options: { from: T0, to: T0 + 4 * DAY },
    check: (r) => {
      expect(r.bursts).toEqual([]);
      expect(r.warnings).toContain(
        "The data's step (24 hours) is coarser than half the minimum burst duration (5 minutes): a burst that short can be missed, and burst edges are only known to a step. A step of 2.5 minutes or less sees them."
      );
    },
  },
  {
    name: 'samples above 10¹² are ignored and counted, so sums cannot overflow',
    series: reshaped((samples, name) =>
      samples.map(([t, v], m) => [t, name === 'requests' && m % 1000 === 1 ? 1e300 : v])
    ),
    check: (r) => {
      expect(r.warnings).toContain('Ignored 3 samples above 1e+12 in requests: no rate or socket count is that large.');
      expect(startMinutes(r)).toEqual([300, 1500]);
    },
  },
  {
    name: 'a zero request rate has no ratio and no bursts',
    series: { ...live(), requests: [series('next-pwa-app', MINUTES, () => 0)] },
    check: (r) => {
      expect(r.bursts).toEqual([]);
      expect(r.inputs.burstsPerMonth.value).toBe(0);
      expect(r.impact.annual.profit).toBe(0);
      expect(r.impact.unavailable.paybackDays).toBe('no profit at risk, so the fix never pays back');
      expect(r.impact.roiMultiple).toBe(0);
      expect(r.impact.unavailable['perBurst.gmv']).toMatch(/^no bursts to measure/);
    },
  },
  {
    name: 'page requests far above upstream calls (API calls per page → 0) fall back to the assumption',
    series: { ...live(), pages: [series('next-pwa-app', MINUTES, () => 1e9)] },
    check: (r) => {
      expect(r.inputs.apiCallsPerPage).toMatchObject({ value: 23, source: 'assumed' });
      expect(r.apiCallsPerPage).toBeUndefined();
      expect(r.warnings).toContainEqual(expect.stringMatching(/too few to be a page's fan-out\.$/));
    },
  },
  {
    name: 'a named frontend service with no page requests',
    series: live(),
    options: { frontendService: 'no-such-service' },
    check: (r) => {
      expect(r.inputs.apiCallsPerPage).toMatchObject({ value: 23, source: 'assumed' });
      expect(r.warnings).toContain(
        'API calls per page is assumed (23, the organisation default), not measured: no downstream page requests measured for the frontend service "no-such-service".'
      );
    },
  },
  {
    name: 'missing proxy metrics: attribution falls back, and says so',
    series: { ...live(), rxReset: [], remoteCloseRatio: [allNaN('next-pwa-app')] },
    check: (r) => {
      expect(r.missing).toEqual(['rxReset', 'remoteCloseRatio']);
      expect(r.inputs.attributionRate).toMatchObject({ value: 1, source: 'assumed' });
      expect(r.warnings).toContain(
        'CLOSE_WAIT attribution is assumed (1, the organisation default), not measured: no rx_reset or remote-close series in the range.'
      );
    },
  },
  {
    name: 'an empty requested range',
    series: live(),
    options: { from: T0, to: T0 },
    check: (r) => {
      expect(r.warnings).toEqual([
        'The requested range is empty (its end is not after its start): nothing can be measured.',
      ]);
      expect(r.impact.annual.profit).toBeNull();
    },
  },
];

describe('liveImpact over hostile series: every figure is finite or n/a with a reason', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = liveImpact(c.series, { ...RANGE, ...c.options });
    c.check(r);
    expect(dishonesty(r)).toEqual([]);
  });

  it('finds a 200,000-point burst (Math.max over the points threw RangeError)', () => {
    const n = 500_000;
    const hot = (k: number) => k >= 100_000 && k < 300_000;
    const times = Array.from({ length: n }, (_, k) => T0 + k * MINUTE);
    const r = liveImpact(
      {
        ...NOTHING,
        requests: [{ service: 'long', times, values: times.map(() => 1000) }],
        errors: [{ service: 'long', times, values: times.map((_, k) => (hot(k) ? 40 : 0.5)) }],
      },
      { ...RANGE, to: T0 + n * MINUTE }
    );
    expect(r.bursts).toHaveLength(1);
    expect(r.bursts[0]).toMatchObject({ durationSeconds: 200_000 * 60, peakErrorRate: 0.04, peak5xxPerSecond: 40 });
    expect(r.bursts[0].excessFailures).toBeCloseTo((40 - 0.5) * 200_000 * 60, 0);
    expect(dishonesty(r)).toEqual([]);
  });

  it('assesses 2,000 services with one burst each, each at its own time', () => {
    const fleet = syntheticFleet({ services: 2000, days: 1, stepSeconds: 300, shape: 'columns' });
    const r = liveImpact(fleet.series, { ...RANGE, from: fleet.from, to: fleet.to });
    expect(r.bursts).toHaveLength(2000);
    const startOf = new Map(r.bursts.map((b) => [b.service, b.start]));
    fleet.burstStarts.forEach((start, i) => expect(startOf.get(`svc-${String(i).padStart(4, '0')}`)).toBe(start));
    expect(r.inputs.attributionRate).toMatchObject({ value: 1, source: 'measured' });
    // Every tenth service is an SSR frontend (23 calls a page), the rest proxies (1): a frontend is chosen.
    expect(r.apiCallsPerPage?.service).toMatch(/^svc-\d{3}0$/);
    expect(r.apiCallsPerPage?.value).toBeCloseTo(23, 6);
    expect(r.coverage).toMatchObject({ from: fleet.from, to: fleet.to });
    expect(r.warnings).toEqual([expect.stringMatching(/^The data's step \(5 minutes\) is coarser/)]);
    expect(dishonesty(r)).toEqual([]);
  });
});

describe('series cleaning', () => {
  it('merges a service split over 5,000 series without copying them per series', () => {
    const parts = Array.from({ length: 5000 }, (_, i) => ({
      service: 'split',
      samples: [[T0 + i * MINUTE, i] as [number, SampleValue]],
    }));
    const points = pointsByService(parts).get('split') ?? [];
    expect(points).toHaveLength(5000);
    expect(points[4999]).toEqual({ t: T0 + 4999 * MINUTE, v: 4999 });
  });

  it.each([
    [
      'strings, blanks and non-finite values',
      [
        [1, '2'],
        [2, ''],
        [3, 'NaN'],
        [4, '+Inf'],
        [5, ' 7 '],
      ],
      [
        [1, 2],
        [5, 7],
      ],
    ],
    [
      'unsorted, with a duplicate (the last wins)',
      [
        [3, 1],
        [1, 5],
        [3, 9],
        [2, 0],
      ],
      [
        [1, 5],
        [2, 0],
        [3, 9],
      ],
    ],
    [
      'non-finite and non-numeric timestamps',
      [
        [Number.NaN, 1],
        [Infinity, 1],
        ['7' as unknown as number, 1],
        [8, 1],
      ],
      [[8, 1]],
    ],
    [
      'above the plausible ceiling',
      [
        [1, 1e13],
        [2, 1e12],
      ],
      [[2, 1e12]],
    ],
  ] as Array<[string, ServiceSeries['samples'], number[][]]>)('cleanPoints: %s', (_name, samples, expected) => {
    expect(cleanPoints(samples).map((p) => [p.t, p.v])).toEqual(expected);
  });

  it('detectBursts accepts columns and tuples alike', () => {
    const tuples = live();
    const columns = {
      errors: tuples.errors.map((s) => {
        const samples = (s as ServiceSeries).samples;
        return { service: s.service, times: samples.map(([t]) => t), values: samples.map(([, v]) => v) };
      }),
      requests: tuples.requests,
    };
    expect(detectBursts(columns)).toEqual(detectBursts(tuples));
  });
});
