import { evaluateImpact } from '../impactModel';
import { formatFieldErrors, parseImpactInputs } from '../impactInputs';
import { SEED_MID_CASE, impactScenarios } from '../seedScenarios';
import { sensitivity } from '../sensitivity';

// The seed prints rounded figures ("~122,700"); 2.5% covers its rounding and nothing more.
function expectNear(actual: number | null, seedFigure: number, tolerance = 0.025) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - seedFigure) / seedFigure).toBeLessThanOrEqual(tolerance);
}

describe('impact model against the seed 000 tables', () => {
  it('gives the per-burst table of section 9 with the mid-case inputs', () => {
    const { perBurst } = evaluateImpact(SEED_MID_CASE);
    expectNear(perBurst.excessFailures, 122_700, 0.001);
    expectNear(perBurst.failedPageRenders, 5_300, 0.01);
    expectNear(perBurst.lostSessions, 1_600, 0.01);
    expectNear(perBurst.gmv, 3_800);
    expectNear(perBurst.profit, 940, 0.01);
  });

  it('gives the mid-case month, year, payback and ROI of sections 9–10', () => {
    const r = evaluateImpact(SEED_MID_CASE);
    expectNear(r.monthly.lostSessions, 22_400, 0.01);
    expectNear(r.monthly.gmv, 53_000, 0.01);
    expectNear(r.monthly.profit, 13_200, 0.01);
    expectNear(r.annual.profit, 160_000, 0.01);
    expect(Math.round(r.paybackDays as number)).toBeGreaterThanOrEqual(20);
    expect(Math.round(r.paybackDays as number)).toBeLessThanOrEqual(21);
    expect(Math.round(r.roiMultiple)).toBe(18);
  });

  it("gives the seed's conservative and high scenarios", () => {
    const [conservative, mid, high] = impactScenarios(SEED_MID_CASE);
    expect(conservative.inputs.burstsPerMonth).toBeCloseTo(6);
    expect(conservative.inputs.burstErrorRate).toBeCloseTo(0.01);
    expect(conservative.inputs.extraRegionShare).toBe(0);
    expectNear(conservative.result.monthly.lostSessions, 6_400);
    expectNear(conservative.result.monthly.gmv, 15_000);
    expectNear(conservative.result.monthly.profit, 3_800);
    expectNear(conservative.result.annual.profit, 45_000);
    expect(mid.result).toEqual(evaluateImpact(SEED_MID_CASE));
    expect(high.inputs.burstsPerMonth).toBeCloseTo(15);
    expect(high.inputs.burstErrorRate).toBeCloseTo(0.02);
    expectNear(high.result.monthly.lostSessions, 45_000);
    expectNear(high.result.monthly.gmv, 107_000);
    expectNear(high.result.monthly.profit, 26_700);
    expectNear(high.result.annual.profit, 320_000);
  });

  it('doubles with 10 API calls per page, halves with 40, and halves at 50% attribution', () => {
    const rows = sensitivity(SEED_MID_CASE);
    const at = (input: string, value: number) => rows.find((r) => r.input === input && r.value === value)!;
    expect(at('apiCallsPerPage', 10).relative).toBeCloseTo(2.3, 5);
    expect(at('apiCallsPerPage', 40).relative).toBeCloseTo(23 / 40, 5);
    expect(at('attributionRate', 0.5).relative).toBeCloseTo(0.5, 5);
    expectNear(at('attributionRate', 0.5).annualProfit, 80_000, 0.01);
  });

  it('shows a measured value close to a probe once, as the base row', () => {
    const rows = sensitivity({ ...SEED_MID_CASE, apiCallsPerPage: 22.9999 }).filter(
      (r) => r.input === 'apiCallsPerPage'
    );
    expect(rows.map((r) => r.value)).toEqual([10, 22.9999, 40]);
  });

  it('has no payback when no profit is at risk', () => {
    const r = evaluateImpact({ ...SEED_MID_CASE, burstsPerMonth: 0 });
    expect(r.paybackDays).toBeNull();
    expect(r.roiMultiple).toBe(0);
  });
});

describe('impact inputs', () => {
  it('accepts the seed mid-case', () => {
    expect(parseImpactInputs({ ...SEED_MID_CASE })).toEqual({ inputs: SEED_MID_CASE, errors: [] });
  });

  it('names the field and says why for nonsense values', () => {
    const { inputs, errors } = parseImpactInputs({
      ...SEED_MID_CASE,
      profitMargin: -0.1,
      apiCallsPerPage: 0,
      gmvPerSession: 'NaN',
      fixCost: undefined,
      typo: 1,
    });
    expect(inputs).toBeUndefined();
    const text = formatFieldErrors(errors);
    expect(text).toMatch(/profitMargin must be between 0 and 1, got -0.1: .*negative margin/);
    expect(text).toMatch(/apiCallsPerPage must be above 0, got 0: .*divide by zero/);
    expect(text).toMatch(/gmvPerSession must be a finite number, got "NaN"/);
    expect(text).toMatch(/fixCost is missing/);
    expect(text).toMatch(/typo is not a model input/);
  });

  it('refuses a burst error rate below the baseline, and a non-object', () => {
    expect(formatFieldErrors(parseImpactInputs({ ...SEED_MID_CASE, burstErrorRate: 0.0001 }).errors)).toMatch(
      /burstErrorRate must be at least baselineErrorRate/
    );
    expect(parseImpactInputs([1]).errors[0].field).toBe('(inputs)');
  });
});
