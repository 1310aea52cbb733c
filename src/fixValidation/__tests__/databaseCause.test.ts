import { SEED_ASSUMPTIONS } from '../../impact';
import { resolveWindows } from '../windows';
import { validateFix } from '../validateFix';
import type { FixValidation, FixValidationSeries } from '../types';
import { DAY, T0, syntheticFix } from './syntheticFix';

const DAYS = 42;
const FIX = T0 + 21 * DAY;
const STEP = 5 * 60_000;
const BURSTS = [2, 6, 10, 14].map((d) => T0 + d * DAY + 10 * 3_600_000);
// The database of the service was full around the first burst only.
const FULL = [BURSTS[0] - 20 * 60_000, BURSTS[0] + 30 * 60_000];

function validate(series: FixValidationSeries): FixValidation {
  const resolved = resolveWindows({
    fixAt: FIX,
    beforeMs: 21 * DAY,
    afterMs: 21 * DAY,
    dataFrom: T0,
    dataTo: T0 + DAYS * DAY,
    now: T0 + DAYS * DAY,
  });
  if (!('windows' in resolved)) {
    throw new Error(resolved.problem);
  }
  return validateFix(series, resolved.windows, { stepSeconds: STEP / 1000, assumptions: SEED_ASSUMPTIONS });
}

describe('fix validation attributes bursts to a full database, as report does (synthetic series, no Prometheus)', () => {
  const base = syntheticFix({ days: DAYS, stepMinutes: 5, bursts: BURSTS, tunedFrom: FIX });
  const service = base.live.requests[0].service;
  const samples = Array.from({ length: (DAYS * DAY) / STEP }, (_, i) => T0 + i * STEP);
  const saturation = [
    { service, samples: samples.map((t) => [t, t >= FULL[0] && t <= FULL[1] ? 0.97 : 0.3] as [number, number]) },
  ];

  it('notes the before window’s database-caused burst and leaves it out of the CLOSE_WAIT share', () => {
    const withDatabase = validate({ ...base, database: { saturation, refusals: [], exporterUp: [] } });
    const without = validate(base);
    expect(withDatabase.notes).toContain(
      `Before the fix, 1 of 4 bursts was database pool exhaustion (${service}): a full database, not CLOSE_WAIT; the ROI model leaves them out of the CLOSE_WAIT share, as report does.`
    );
    expect(without.notes.some((n) => n.includes('database pool exhaustion'))).toBe(false);
    // Three of four bursts are CLOSE_WAIT's: the before window's profit at risk falls by a quarter.
    const before = withDatabase.savings.profitPerDayBefore!;
    expect(before / without.savings.profitPerDayBefore!).toBeCloseTo(0.75, 5);
  });

  it('adds no note when the database stayed below 90%', () => {
    const calm = [{ service, samples: samples.map((t) => [t, 0.5] as [number, number]) }];
    const v = validate({ ...base, database: { saturation: calm, refusals: [], exporterUp: [] } });
    expect(v.notes.some((n) => n.includes('database pool exhaustion'))).toBe(false);
  });
});
