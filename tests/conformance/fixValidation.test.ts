import { runCli } from '../../cli/run';
import { PromClient } from '../../cli/prometheus/promClient';
import { findFixTime } from '../../src/fixValidation/fetch';
import type { ValidationJson } from '../../src/fixValidation';
import { SEED_ASSUMPTIONS } from '../../src/impact';
import { DEFAULT_END, FIXED_SERVICES, FIX_ROLLOUT_AT, FIX_ROLLOUT_DAYS, NOT_HELPED_SERVICE } from '../../simulator';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';

const DAY = 86_400;
const DATA_END = Date.parse(DEFAULT_END) / 1000;
const FIX = Date.parse(FIX_ROLLOUT_AT) / 1000;
const iso = (s: number) => new Date(s * 1000).toISOString();
const regex = (services: string[]) => services.map((s) => s.replace(/\./g, '\\.')).join('|');
const verdicts = (v: ValidationJson) => Object.fromEntries(v.criteria.map((c) => [c.id, c.verdict]));

// A cold cache generates 44 days and backfills them with promtool once (minutes on a loaded 2-core machine).
const COLD_FIXTURE_MS = 1_800_000;
const VALIDATE_MS = 300_000;

describe('connhealth validate on a real Prometheus holding the simulated fix rollout (44 days)', () => {
  let prometheus: IncidentPrometheus;

  const validate = async (...args: string[]) => runCli(['validate', '--prometheus', prometheus.url, ...args]);
  const validateJson = async (...args: string[]): Promise<ValidationJson> => {
    const { code, stdout, stderr } = await validate(...args, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(stdout) as ValidationJson;
  };

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ scenario: 'fix-rollout', days: FIX_ROLLOUT_DAYS });
  }, COLD_FIXTURE_MS);

  afterAll(async () => {
    await prometheus?.stop();
  });

  /** The ROI panel's money per day from the ground truth's own bursts: Σ excess → renders → sessions → profit. */
  function truthProfitPerDay(services: string[], from: number, to: number): number {
    const truth = prometheus.groundTruth;
    const excess = truth.bursts
      .filter((b) => services.includes(b.service) && b.start >= from && b.start < to)
      .reduce((sum, b) => sum + b.excessFailures, 0);
    const a = SEED_ASSUMPTIONS;
    const perFailure =
      (a.abandonRate * a.gmvPerSession * a.profitMargin * (1 + a.extraRegionShare)) / truth.frontend.apiCallsPerPage;
    // The model's month is 30 days and its year 12 of them; per day is the year ÷ 365.
    return (((excess * perFailure) / ((to - from) / DAY)) * 360) / 365;
  }

  it(
    'validates the fix where it stopped the leak, with savings that follow from the true bursts',
    async () => {
      const v = await validateJson('--fix-at', FIX_ROLLOUT_AT, '--services', regex(FIXED_SERVICES));
      expect(v.before).toEqual({ from: iso(FIX - 21 * DAY), to: iso(FIX), clipped: false });
      expect(v.after).toEqual({ from: iso(FIX), to: iso(FIX + 21 * DAY), clipped: false });
      expect(verdicts(v)).toMatchObject({
        bursts: 'met',
        restarts: 'met',
        rxReset: 'met',
        remoteCloseRatio: 'met',
        keepAliveCycling: 'met',
      });
      expect(v.verdict).toBe('validated');
      const bursts = v.criteria.find((c) => c.id === 'bursts')!;
      const truthBefore = prometheus.groundTruth.bursts.filter(
        (b) => FIXED_SERVICES.includes(b.service) && b.start >= FIX - 21 * DAY && b.start < FIX
      ).length;
      expect(bursts.before).toBeCloseTo(truthBefore / 21, 6);
      expect(bursts.after).toBe(0);
      expect(bursts.confidence).toBeGreaterThan(0.99);
      const expected = truthProfitPerDay(FIXED_SERVICES, FIX - 21 * DAY, FIX);
      const perDayBefore = v.savings.profitPerDayBefore as number;
      expect(perDayBefore / expected).toBeGreaterThan(0.8);
      expect(perDayBefore / expected).toBeLessThan(1.25);
      expect(v.savings.profitPerDayAfter).toBe(0);
      expect(v.savings.realisedProfit).toBeCloseTo(perDayBefore * 21, 3);
      const payback = FIX + (15 * 600 * DAY) / perDayBefore;
      expect(Date.parse(v.savings.paybackReached!) / 1000).toBeCloseTo(payback, 0);
    },
    VALIDATE_MS
  );

  it(
    'does not validate the "fix" that did not help: bursts and restarts go on, no keep-alive cycling, nothing realised',
    async () => {
      const v = await validateJson('--fix-at', FIX_ROLLOUT_AT, '--services', regex([NOT_HELPED_SERVICE]));
      expect(verdicts(v)).toMatchObject({ bursts: 'not-met', restarts: 'not-met', keepAliveCycling: 'not-met' });
      expect(v.verdict).toBe('not-validated');
      expect(v.savings).toMatchObject({ realisedProfit: 0, realisedGmv: 0, paybackReached: null });
      expect((v.savings.profitPerDayAfter as number) / (v.savings.profitPerDayBefore as number)).toBeGreaterThan(0.6);
    },
    VALIDATE_MS
  );

  it.each([
    ['before the fix', FIX - 11 * DAY],
    ['after the fix', FIX + 10.5 * DAY],
  ])(
    'does not validate a placebo fix time %s, where nothing changed',
    async (_when, placebo) => {
      const v = await validateJson('--fix-at', iso(placebo), '--before', '10d', '--services', regex(FIXED_SERVICES));
      expect(v.after.to).toBe(iso(placebo + 10 * DAY));
      expect(v.verdict).not.toBe('validated');
      expect(v.savings.paybackReached).toBeNull();
    },
    VALIDATE_MS
  );

  it(
    'clips a window to the data and says so',
    async () => {
      const v = await validateJson(
        '--fix-at',
        FIX_ROLLOUT_AT,
        '--before',
        '30d',
        '--after',
        '2d',
        '--services',
        regex([FIXED_SERVICES[0]])
      );
      expect(v.before.clipped).toBe(true);
      expect(Date.parse(v.before.from) / 1000 - prometheus.start).toBeLessThanOrEqual(120);
      expect(v.after).toMatchObject({ to: iso(FIX + 2 * DAY), clipped: false });
      expect(v.notes.join(' ')).toMatch(/before window was clipped/);
    },
    VALIDATE_MS
  );

  it.each([
    [
      'a service regex that matches nothing',
      ['--services', 'no-such-service'],
      /matches no value of the label "source"/,
    ],
    ['a label that does not exist', ['--service-label', 'no_such_label'], /carry the label "no_such_label"/],
    ['a fix time with hours of data after it', ['--fix-at', iso(DATA_END - 6 * 3600)], /after window holds only/],
    ['a fix time before the data', ['--fix-at', '2026-03-02T12:00:00Z'], /before the data starts/],
    ['a fix time outside the data', ['--fix-at', '2026-01-01T00:00:00Z'], /outside the data/],
  ])(
    'refuses %s with exit code 2 and one line naming it',
    async (_what, args, message) => {
      const withFix = args.includes('--fix-at') ? args : ['--fix-at', FIX_ROLLOUT_AT, ...args];
      const { code, stdout, stderr } = await validate(...withFix, '--before', '2d', '--after', '2d', '--json');
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.split('\n')[0]).toMatch(message);
    },
    VALIDATE_MS
  );

  it(
    "finds the fix rollout as the default fix time from real rollouts and detected bursts (the page's search)",
    async () => {
      const search = await findFixTime(new PromClient(prometheus.url), {
        serviceLabel: 'source',
        services: regex([FIXED_SERVICES[0]]),
        from: prometheus.start * 1000,
        to: prometheus.end * 1000,
      });
      expect(search.deployments.map((d) => d.at / 1000).sort()).toEqual(
        prometheus.groundTruth.deployments
          .filter((d) => d.service === FIXED_SERVICES[0])
          .map((d) => d.start)
          .sort()
      );
      expect(search.candidate?.deployment.at).toBe(FIX * 1000);
      const lazlo = await findFixTime(new PromClient(prometheus.url), {
        serviceLabel: 'source',
        services: regex([NOT_HELPED_SERVICE]),
        from: prometheus.start * 1000,
        to: prometheus.end * 1000,
      });
      // Its "fix" changed nothing: no rollout is followed by a drop, so the page asks for a time.
      expect(lazlo.deployments.length).toBeGreaterThan(0);
      expect(lazlo.bursts.length).toBeGreaterThan(0);
      expect(lazlo.candidate).toBeUndefined();
    },
    VALIDATE_MS
  );
});
