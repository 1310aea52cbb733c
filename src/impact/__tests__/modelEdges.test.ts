import { SEED_ASSUMPTIONS, validateAssumptions, type Assumptions } from '../assumptions';
import { OVERFLOW_REASON, notAvailable } from '../figures';
import { formatFieldErrors, parseImpactInputs, type NullableInputs } from '../impactInputs';
import { evaluateImpact, figureOf, type ImpactResult } from '../impactModel';
import { liveImpact } from '../liveImpact';
import { SEED_MID_CASE, impactScenarios } from '../seedScenarios';
import { sensitivity } from '../sensitivity';
import { dishonesty } from './honestFigures';
import { MINUTE, MINUTES, T0, live } from './syntheticSeries';

type Expectation = Partial<Record<Parameters<typeof figureOf>[1], number | RegExp | 'finite'>>;

function expectFigures(r: ImpactResult, expected: Expectation) {
  for (const [name, want] of Object.entries(expected) as Array<
    [Parameters<typeof figureOf>[1], Expectation[keyof Expectation]]
  >) {
    const value = figureOf(r, name);
    if (want instanceof RegExp) {
      expect({ name, value, reason: r.unavailable[name] }).toEqual({
        name,
        value: null,
        reason: expect.stringMatching(want),
      });
    } else if (want === 'finite') {
      expect({ name, finite: Number.isFinite(value) }).toEqual({ name, finite: true });
    } else {
      expect({ name, value }).toEqual({ name, value: want });
    }
  }
}

const FIX_COSTS_NOTHING = /^the fix costs nothing/;
const NO_PROFIT = /^no profit at risk, so the fix never pays back$/;
const OVERFLOWS = /^too large to compute/;

// Inputs that pass parseImpactInputs (the `connhealth impact` path) but used to print ∞, $NaN or "Infinity×".
const MODEL_CASES: Array<[string, Partial<NullableInputs>, Expectation]> = [
  ['no bursts a month', { burstsPerMonth: 0 }, { 'annual.profit': 0, paybackDays: NO_PROFIT, roiMultiple: 0 }],
  ['zero attribution', { attributionRate: 0 }, { 'monthly.bursts': 0, paybackDays: NO_PROFIT, roiMultiple: 0 }],
  ['a zero request rate', { upstreamRequestsPerSecond: 0 }, { 'perBurst.excessFailures': 0, paybackDays: NO_PROFIT }],
  ['a zero margin', { profitMargin: 0 }, { 'perBurst.profit': 0, 'annual.gmv': 'finite', paybackDays: NO_PROFIT }],
  ['burst error rate at the baseline', { burstErrorRate: 0.0005 }, { 'perBurst.excessFailures': 0, roiMultiple: 0 }],
  [
    'every fraction at 1, ten extra regions',
    { abandonRate: 1, profitMargin: 1, extraRegionShare: 10 },
    { roiMultiple: 'finite', paybackDays: 'finite' },
  ],
  [
    'a fix cost of 0 (programmatic, bypassing validation)',
    { fixCost: 0 },
    { paybackDays: FIX_COSTS_NOTHING, roiMultiple: FIX_COSTS_NOTHING, 'annual.profit': 'finite' },
  ],
  [
    'a denormal fix cost: the ROI overflows',
    { fixCost: 1e-320 },
    { roiMultiple: OVERFLOWS, 'annual.profit': 'finite' },
  ],
  [
    'GMV per session near the largest double',
    { gmvPerSession: 1e308 },
    {
      'perBurst.gmv': OVERFLOWS,
      'annual.profit': OVERFLOWS,
      paybackDays: OVERFLOWS,
      roiMultiple: OVERFLOWS,
      'perBurst.lostSessions': 'finite',
    },
  ],
  [
    'API calls per page of 1e-320',
    { apiCallsPerPage: 1e-320 },
    { 'perBurst.failedPageRenders': OVERFLOWS, 'monthly.profit': OVERFLOWS },
  ],
  [
    'a NaN input (programmatic)',
    { burstsPerMonth: Number.NaN },
    {
      'monthly.bursts': /^burstsPerMonth is not a finite number$/,
      'annual.profit': /^burstsPerMonth is not a finite number$/,
      'perBurst.profit': 'finite',
    },
  ],
];

describe('evaluateImpact at the edges: a finite figure, or null with the reason', () => {
  it.each(MODEL_CASES)('%s', (_name, change, expected) => {
    const r = evaluateImpact({ ...SEED_MID_CASE, ...change });
    expectFigures(r, expected);
  });

  it('gives null inputs their reason through every figure, scenario and sensitivity row', () => {
    const why = { burstDurationSeconds: 'no bursts to measure' };
    const inputs = { ...SEED_MID_CASE, burstDurationSeconds: null };
    expectFigures(evaluateImpact(inputs, why), {
      'perBurst.excessFailures': /^no bursts to measure$/,
      'perBurst.profit': /^no bursts to measure$/,
      'annual.profit': /^no bursts to measure$/,
      paybackDays: /^no bursts to measure$/,
    });
    for (const s of impactScenarios(inputs, why)) {
      expect(s.result.unavailable['monthly.gmv']).toBe('no bursts to measure');
    }
    for (const row of sensitivity(inputs, why)) {
      expect(row).toMatchObject({
        annualProfit: null,
        relative: null,
        unavailable: { 'annual.profit': 'no bursts to measure' },
      });
    }
  });

  it('keeps a month with no bursts at $0 even when a burst’s size is unknown', () => {
    const r = evaluateImpact(
      { ...SEED_MID_CASE, burstDurationSeconds: null, burstsPerMonth: 0 },
      { burstDurationSeconds: 'none' }
    );
    expectFigures(r, {
      'perBurst.profit': /^none$/,
      'monthly.profit': 0,
      'annual.profit': 0,
      paybackDays: NO_PROFIT,
      roiMultiple: 0,
    });
  });

  it('prints an unavailable figure as "n/a (reason)"', () => {
    expect(notAvailable('no 5xx data in the range')).toBe('n/a (no 5xx data in the range)');
    expect(notAvailable(undefined)).toBe('n/a');
    expect(OVERFLOW_REASON).toMatch(OVERFLOWS);
  });
});

describe('validation refuses nonsense before it reaches the model', () => {
  it.each([
    [
      'a request rate of 10¹³/s',
      { upstreamRequestsPerSecond: 1e13 },
      /upstreamRequestsPerSecond must be between 0 and 1000000000000, got 10000000000000/,
    ],
    ['zero API calls per page', { apiCallsPerPage: 0 }, /apiCallsPerPage must be above 0, got 0/],
    ['a fix cost of 0', { fixCost: 0 }, /fixCost must be above 0, got 0/],
    [
      'an infinite GMV per session',
      { gmvPerSession: Infinity },
      /gmvPerSession must be a finite number, got a value too large to represent/,
    ],
  ] as Array<[string, Record<string, unknown>, RegExp]>)('impact inputs: %s', (_name, change, message) => {
    expect(formatFieldErrors(parseImpactInputs({ ...SEED_MID_CASE, ...change }).errors)).toMatch(message);
  });

  it.each([
    [
      'engineer-days × day rate underflows to 0',
      { engineerDays: 1e-200, dayRate: 1e-200 },
      'dayRate',
      /must be a positive, finite amount, got 0/,
    ],
    ['a day rate that overflows the fix cost', { dayRate: 1e308 }, 'dayRate', /got a product too large to represent/],
    [
      'engineer-days alone that overflow with the default rate',
      { engineerDays: 1e307 },
      'engineerDays',
      /got a product too large to represent/,
    ],
  ] as Array<[string, Partial<Assumptions>, keyof Assumptions, RegExp]>)(
    'assumptions: %s',
    (_name, change, field, message) => {
      expect(validateAssumptions(change)[field]).toMatch(message);
    }
  );

  it('accepts the edges themselves', () => {
    expect(validateAssumptions({ profitMargin: 0, abandonRate: 1, extraRegionShare: 10, attributionRate: 0 })).toEqual(
      {}
    );
  });
});

describe('liveImpact with assumptions at their edges', () => {
  const RANGE = { from: T0, to: T0 + MINUTES * MINUTE };
  const run = (change: Partial<Assumptions>) =>
    liveImpact(live(), { ...RANGE, assumptions: { ...SEED_ASSUMPTIONS, ...change } });

  it.each([
    ['a zero margin', { profitMargin: 0 }, { 'annual.profit': 0, paybackDays: NO_PROFIT, roiMultiple: 0 }],
    ['a huge GMV per session', { gmvPerSession: 1e308 }, { 'annual.gmv': OVERFLOWS, roiMultiple: OVERFLOWS }],
    [
      'a fix cost that underflows',
      { engineerDays: 1e-200, dayRate: 1e-200 },
      { roiMultiple: /^Fix cost \(engineerDays × dayRate/, 'annual.profit': 'finite' },
    ],
  ] as Array<[string, Partial<Assumptions>, Expectation]>)('%s', (_name, change, expected) => {
    const r = run(change);
    expectFigures(r.impact, expected);
    expect(dishonesty(r)).toEqual([]);
  });

  it('names an invalid assumption in the warnings and makes what uses it n/a', () => {
    const r = run({ abandonRate: 2 });
    expect(r.inputs.abandonRate.value).toBeNull();
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/^Invalid assumption: Abandon rate \(abandonRate\) must be between 0 and 1/)
    );
    expectFigures(r.impact, { 'perBurst.lostSessions': /abandonRate/, 'annual.profit': /abandonRate/ });
    expect(dishonesty(r)).toEqual([]);
  });
});
