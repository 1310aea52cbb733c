import { splitRange } from '../fetch/prometheusQueries';
import { PRELIMINARY_STEP_SECONDS, preliminaryStepSeconds, validationStepSeconds } from '../validationStep';

const DAY_S = 86_400;

describe('the preliminary pass’s step', () => {
  it('over 2 × 21 days widens 5 minutes to 6 so each series is one request, not two', () => {
    const span = 42 * DAY_S;
    expect(splitRange(0, span, PRELIMINARY_STEP_SECONDS)).toHaveLength(2);
    expect(preliminaryStepSeconds(span)).toBe(360);
    expect(splitRange(0, span, 360)).toHaveLength(1);
  });

  it.each([1, 3, 21, 38, 42, 44, 60, 76, 100, 200, 247])(
    'over %i days it is 5 to 10 minutes and coarser than the fine step, or 5 minutes in pieces',
    (days) => {
      const span = days * DAY_S;
      const step = preliminaryStepSeconds(span) as number;
      expect(step).toBeGreaterThan(validationStepSeconds(span));
      expect(step % 60).toBe(0);
      expect(step === PRELIMINARY_STEP_SECONDS || splitRange(0, span, step).length === 1).toBe(true);
      expect(step).toBeLessThanOrEqual(2 * PRELIMINARY_STEP_SECONDS);
    }
  );

  it('has no preliminary pass where the fine step is already 5 minutes', () => {
    expect(validationStepSeconds(300 * DAY_S)).toBe(300);
    expect(preliminaryStepSeconds(300 * DAY_S)).toBeUndefined();
  });
});
