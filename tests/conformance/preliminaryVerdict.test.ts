import { PromClient } from '../../cli/prometheus/promClient';
import { runValidation, validationSpan, type ValidationRun } from '../../src/fixValidation/fetch';
import { preliminaryStepSeconds } from '../../src/fixValidation';
import { SEED_ASSUMPTIONS } from '../../src/impact';
import { FIXED_SERVICES, FIX_ROLLOUT_AT, FIX_ROLLOUT_DAYS, NOT_HELPED_SERVICE } from '../../simulator';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';

const DAY_MS = 86_400_000;
const FIX_MS = Date.parse(FIX_ROLLOUT_AT);
const regex = (services: string[]) => services.map((s) => s.replace(/\./g, '\\.')).join('|');
const COLD_FIXTURE_MS = 1_800_000;

function verdicts(run: ValidationRun) {
  if ('problem' in run) {
    throw new Error(run.problem);
  }
  const v = run.validation;
  return { verdict: v.verdict, ...Object.fromEntries(v.criteria.map((c) => [c.id, c.verdict])) };
}

// The page shows the coarse pass first (labelled preliminary): on the fix rollout it must not say otherwise than the 1-minute pass.
describe('the Fix validation page’s preliminary pass (6 minutes over 2 × 21 days) against its 1-minute pass, real Prometheus holding the fix rollout', () => {
  let prometheus: IncidentPrometheus;

  beforeAll(async () => {
    prometheus = await startIncidentPrometheus({ scenario: 'fix-rollout', days: FIX_ROLLOUT_DAYS });
  }, COLD_FIXTURE_MS);

  afterAll(async () => {
    await prometheus?.stop();
  });

  it.each([
    ['the fixed services', regex(FIXED_SERVICES), FIX_MS, 'validated'],
    ['the service the “fix” did not help', regex([NOT_HELPED_SERVICE]), FIX_MS, 'not-validated'],
    ['a placebo ten days before the fix', regex(FIXED_SERVICES), FIX_MS - 10 * DAY_MS, 'not-validated'],
  ])('%s: every criterion’s verdict is the same at both steps', async (_name, services, fixAt, expected) => {
    const request = {
      fixAt,
      beforeMs: 21 * DAY_MS,
      afterMs: 21 * DAY_MS,
      serviceLabel: 'source',
      services,
      assumptions: SEED_ASSUMPTIONS,
      now: Date.now(),
    };
    const client = new PromClient(prometheus.url);
    const { start, end } = validationSpan(request);
    // The page's own coarse step: one request a series over both windows.
    const stepSeconds = preliminaryStepSeconds(end - start);
    expect(stepSeconds).toBe(360);
    const coarse = await runValidation(client, { ...request, stepSeconds });
    const fine = await runValidation(client, request);
    expect(!('problem' in fine) && fine.query.stepSeconds).toBe(60);
    expect(verdicts(fine).verdict).toBe(expected);
    expect(verdicts(coarse)).toEqual(verdicts(fine));
  });
});
