import { resolveAssumptions, SEED_ASSUMPTIONS, validateAssumptions } from '../assumptions';
import { burstSignature, burstSignatures, measuredAttributionRate } from '../attribution';
import { liveImpact } from '../liveImpact';
import { MINUTE, MINUTES, T0, live, series } from './syntheticSeries';

const RANGE = { from: T0, to: T0 + MINUTES * MINUTE, assumptions: SEED_ASSUMPTIONS };

describe('liveImpact', () => {
  it('measures bursts, calls per page and attribution, and says so for each input', () => {
    const r = liveImpact(live(), RANGE);
    expect(r.bursts.map((b) => [b.service, b.signature.closeWait])).toEqual([
      ['next-pwa-app', true],
      ['next-pwa-app', false],
    ]);
    expect(r.bursts[0].signature).toMatchObject({ rxReset: true, closeWaitRose: true });
    expect(r.inputs.attributionRate).toMatchObject({ value: 0.5, source: 'measured' });
    expect(r.inputs.apiCallsPerPage).toMatchObject({ value: 23, source: 'measured' });
    expect(r.apiCallsPerPage?.service).toBe('next-pwa-app');
    // Two bursts in two days extrapolate to 30 a month.
    expect(r.inputs.burstsPerMonth).toMatchObject({ source: 'measured' });
    expect(r.inputs.burstsPerMonth.value).toBeCloseTo(30, 6);
    expect(r.inputs.burstDurationSeconds.value).toBe(1800);
    expect(r.inputs.gmvPerSession).toMatchObject({ value: 2.37, source: 'assumed' });
    expect(r.inputs.fixCost).toMatchObject({ value: 9000, source: 'assumed' });
    expect(r.missing).toEqual([]);
    // Per-burst money follows the burst's own excess failures through the seed's chain.
    const b = r.bursts[0];
    expect(b.impact.lostSessions).toBeCloseTo((b.excessFailures / 23) * 0.3, 6);
    expect(r.impact.monthly.bursts).toBeCloseTo(30 * 0.5 * 1.4, 6);
  });

  it('falls back to assumptions, marked assumed, when pages and CLOSE_WAIT proxies are not scraped', () => {
    const r = liveImpact(live({ pages: [], rxReset: [], remoteCloseRatio: [], closeWait: [] }), {
      ...RANGE,
      assumptions: { ...SEED_ASSUMPTIONS, apiCallsPerPage: 17, attributionRate: 0.6 },
    });
    expect(r.inputs.apiCallsPerPage).toMatchObject({ value: 17, source: 'assumed' });
    expect(r.inputs.attributionRate).toMatchObject({ value: 0.6, source: 'assumed' });
    expect(r.missing).toEqual(['rxReset', 'remoteCloseRatio', 'closeWait', 'pages']);
  });

  it('gives each burst the same signature through burstSignature, burstSignatures and liveImpact', () => {
    const series = live();
    const r = liveImpact(series, RANGE);
    const bursts = r.bursts.map(({ signature: _signature, impact: _impact, ...burst }) => burst);
    expect(bursts.map((b) => burstSignature(b, series))).toEqual(r.bursts.map((b) => b.signature));
    expect(burstSignatures(bursts, series)).toEqual(r.bursts.map((b) => b.signature));
    expect(measuredAttributionRate(bursts, series)).toBe(0.5);
  });

  it('reports no bursts and no money at risk on a quiet range', () => {
    const quiet = live({ errors: [series('next-pwa-app', MINUTES, () => 2.3)] });
    const r = liveImpact(quiet, RANGE);
    expect(r.bursts).toEqual([]);
    expect(r.impact.annual.profit).toBe(0);
    expect(r.impact.paybackDays).toBeNull();
  });
});

describe('assumptions', () => {
  it('names the field and why for a negative margin and zero calls per page', () => {
    const errors = validateAssumptions({ profitMargin: -0.2, apiCallsPerPage: 0, dayRate: 'abc' });
    expect(errors.profitMargin).toMatch(/^Profit margin \(profitMargin\) must be between 0 and 1, got -0.2/);
    expect(errors.apiCallsPerPage).toMatch(/API calls per page .* must be above 0/);
    expect(errors.dayRate).toMatch(/finite number/);
    expect(validateAssumptions({ profitMargin: 0.3 })).toEqual({});
  });

  it('layers defaults field by field, skipping invalid values without losing the valid ones', () => {
    const a = resolveAssumptions({ gmvPerSession: 3, profitMargin: -1 }, { abandonRate: 0.5 });
    expect(a).toEqual({ ...SEED_ASSUMPTIONS, gmvPerSession: 3, abandonRate: 0.5 });
  });
});
