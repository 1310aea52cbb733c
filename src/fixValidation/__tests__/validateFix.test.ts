import { SEED_ASSUMPTIONS } from '../../impact';
import { findDefaultFixTime } from '../defaultFixTime';
import { resolveWindows } from '../windows';
import { validateFix } from '../validateFix';
import { validationJson } from '../validationJson';
import { CRITERION_IDS, type Deployment, type FixValidation } from '../types';
import { DAY, NAMESPACE, T0, poissonBursts, syntheticFix } from './syntheticFix';

const STEP_MINUTES = 5;

function run(
  series: ReturnType<typeof syntheticFix>,
  fixAt: number,
  windowDays: number,
  days: number,
  stepMinutes = STEP_MINUTES
): FixValidation {
  const resolved = resolveWindows({
    fixAt,
    beforeMs: windowDays * DAY,
    afterMs: windowDays * DAY,
    dataFrom: T0,
    dataTo: T0 + days * DAY,
    now: T0 + days * DAY,
  });
  if (!('windows' in resolved)) {
    throw new Error(resolved.problem);
  }
  return validateFix(series, resolved.windows, { stepSeconds: stepMinutes * 60, assumptions: SEED_ASSUMPTIONS });
}

const verdicts = (v: FixValidation) => Object.fromEntries(v.criteria.map((c) => [c.id, c.verdict]));

describe('validateFix on synthetic series (no Prometheus; the CLI and the real-Prometheus suite cover that)', () => {
  const DAYS = 42;
  const FIX = T0 + 21 * DAY;
  const everyTwoDays = (from: number, to: number) =>
    Array.from({ length: 30 }, (_, i) => T0 + i * 2 * DAY + 10 * 3_600_000 + (i % 5) * 3_600_000).filter(
      (t) => t >= from && t < to
    );

  const fixedService = (deployments: Deployment[] = []) =>
    syntheticFix({
      days: DAYS,
      stepMinutes: STEP_MINUTES,
      bursts: everyTwoDays(T0 + DAY, FIX),
      tunedFrom: FIX,
      deployments,
    });

  it('validates a fix after which bursts, resets and restarts stop and keep-alive cycling starts', () => {
    const series = fixedService([{ namespace: NAMESPACE, deployment: 'api-proxy', at: FIX }]);
    const v = run(series, FIX, 21, DAYS);
    expect(v.criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
    expect(verdicts(v)).toMatchObject({
      bursts: 'met',
      restarts: 'met',
      rxReset: 'met',
      remoteCloseRatio: 'met',
      keepAliveCycling: 'met',
    });
    expect(v.verdict).toBe('validated');
    expect(v.savings.profitPerDayBefore).toBeGreaterThan(0);
    expect(v.savings.profitPerDayAfter).toBe(0);
    expect(v.savings.realisedProfit).toBeCloseTo((v.savings.profitPerDayBefore as number) * 21, 6);
    const json = validationJson(v);
    expect(json.fixAt).toBe(new Date(FIX).toISOString());
    expect(Object.keys(json.criteria[0])).toEqual([
      'id',
      'title',
      'before',
      'after',
      'change',
      'target',
      'verdict',
      'confidence',
      'note',
    ]);
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });

  it('does not validate a "fix" after which the bursts go on', () => {
    const series = syntheticFix({
      days: DAYS,
      stepMinutes: STEP_MINUTES,
      bursts: everyTwoDays(T0 + DAY, T0 + DAYS * DAY),
      tunedFrom: FIX,
    });
    const v = run(series, FIX, 21, DAYS);
    expect(verdicts(v)).toMatchObject({ bursts: 'not-met', restarts: 'not-met', remoteCloseRatio: 'not-met' });
    expect(v.verdict).toBe('not-validated');
  });

  it('never validates a placebo: a fix time where nothing changed, over 40 random incident histories', () => {
    const outcomes = Array.from({ length: 40 }, (_, seed) => {
      const series = syntheticFix({
        days: 28,
        stepMinutes: 30,
        bursts: poissonBursts(seed + 1, T0 + 3_600_000, T0 + 28 * DAY, 0.5),
        seed: seed + 100,
      });
      return run(series, T0 + 14 * DAY, 14, 28, 30);
    });
    expect(outcomes.filter((v) => v.verdict === 'validated')).toEqual([]);
    // The burst test alone must not be fooled more often than its 5% level allows (2 of 40).
    expect(outcomes.filter((v) => verdicts(v).bursts === 'met').length).toBeLessThanOrEqual(2);
  });

  it('does not validate placebo times on either side of a real fix', () => {
    const series = fixedService();
    const beforeFix = run(series, T0 + 10.5 * DAY, 10, DAYS);
    const afterFix = run(series, FIX + 10.5 * DAY, 10, DAYS);
    expect([beforeFix.verdict, afterFix.verdict]).not.toContain('validated');
    expect(verdicts(afterFix).bursts).toBe('insufficient-data');
  });

  it('never says validated when a primary signal is missing', () => {
    const series = fixedService();
    const v = run({ ...series, restarts: [] }, FIX, 21, DAYS);
    expect(verdicts(v).restarts).toBe('insufficient-data');
    expect(v.verdict).toBe('inconclusive');
  });
});

describe('findDefaultFixTime', () => {
  const bursts = (starts: number[]) =>
    starts.map((start) => ({
      service: 'svc',
      start,
      end: start + 1_800_000,
      durationSeconds: 1800,
      peakErrorRate: 0.02,
      meanErrorRate: 0.02,
      baselineErrorRate: 0.001,
      meanRequestsPerSecond: 1000,
      peak5xxPerSecond: 20,
      excessFailures: 34_000,
    }));
  const deploy = (day: number) => ({ namespace: 'ns', deployment: 'svc', at: T0 + day * DAY });
  const search = { dataFrom: T0, dataTo: T0 + 44 * DAY };
  const beforeFix = Array.from({ length: 11 }, (_, i) => T0 + (1 + 2 * i) * DAY);

  it('picks the rollout after which bursts stopped, not the routine rollouts around it', () => {
    const found = findDefaultFixTime([deploy(9), deploy(23), deploy(30), deploy(35)], bursts(beforeFix), search);
    expect(found?.deployment.at).toBe(T0 + 23 * DAY);
    expect(found?.burstsAfter).toBe(0);
  });

  it('finds nothing when bursts never dropped, or when there were no rollouts', () => {
    const always = Array.from({ length: 21 }, (_, i) => T0 + (1 + 2 * i) * DAY);
    expect(findDefaultFixTime([deploy(10), deploy(23)], bursts(always), search)).toBeUndefined();
    expect(findDefaultFixTime([], bursts(beforeFix), search)).toBeUndefined();
  });
});

describe('savings', () => {
  it('counts nothing as realised while the drop in bursts is not established', () => {
    const FIX = T0 + 21 * DAY;
    const fewBursts = [T0 + 3 * DAY, T0 + 9 * DAY, T0 + 15 * DAY];
    const series = syntheticFix({ days: 42, stepMinutes: 10, bursts: fewBursts, tunedFrom: FIX });
    const v = run(series, FIX, 21, 42, 10);
    expect(v.criteria.find((c) => c.id === 'bursts')?.verdict).toBe('insufficient-data');
    expect(v.savings.profitPerDayBefore).toBeGreaterThan(0);
    expect(v.savings).toMatchObject({ profitPerDayAfter: 0, realisedProfit: 0, realisedGmv: 0, paybackReached: null });
    expect(v.notes.join(' ')).toMatch(/not established/);
  });
});
