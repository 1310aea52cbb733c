import { parseFixTime, parseWindowDuration, resolveWindows } from '../windows';

const DAY = 86_400_000;
const FIX = Date.UTC(2026, 2, 25, 12);

describe('window durations and clipping', () => {
  it('parses Prometheus-style durations and refuses anything else', () => {
    expect(parseWindowDuration('21d')).toBe(21 * DAY);
    expect(parseWindowDuration('3w')).toBe(21 * DAY);
    expect(parseWindowDuration('2d12h')).toBe(2.5 * DAY);
    for (const bad of ['', '21', 'd', '21days', '-3d', '1.5d', '12h3d', '0d']) {
      expect({ bad, ms: parseWindowDuration(bad) }).toEqual({ bad, ms: undefined });
    }
  });

  const request = { fixAt: FIX, beforeMs: 21 * DAY, afterMs: 21 * DAY, now: FIX + 60 * DAY };

  it('clips each window to the data and says so', () => {
    const r = resolveWindows({ ...request, dataFrom: FIX - 10 * DAY, dataTo: FIX + 30 * DAY });
    expect('windows' in r && r.windows.before).toMatchObject({ from: FIX - 10 * DAY, to: FIX, clipped: true });
    expect('windows' in r && r.windows.after).toMatchObject({ from: FIX, to: FIX + 21 * DAY, clipped: false });
  });

  it.each([
    ['in the future', { now: FIX - 1 }, /in the future/],
    ['before the data', { dataFrom: FIX + DAY, dataTo: FIX + 9 * DAY }, /before the data starts/],
    ['with no data after', { dataFrom: FIX - 9 * DAY, dataTo: FIX - DAY }, /no data after the fix/],
    [
      'with only hours after',
      { dataFrom: FIX - 9 * DAY, dataTo: FIX + 5 * 3_600_000 },
      /after window holds only 5\.0 hours/,
    ],
    ['with no data at all', { dataFrom: undefined, dataTo: undefined }, /no request data/],
    [
      'with a window under a day',
      { beforeMs: 3_600_000, dataFrom: FIX - DAY * 9, dataTo: FIX + 9 * DAY },
      /at least one day/,
    ],
  ])('names the problem with a fix time %s', (_what, change, message) => {
    const r = resolveWindows({ ...request, dataFrom: FIX - 30 * DAY, dataTo: FIX + 30 * DAY, ...change });
    expect('problem' in r && r.problem).toMatch(message);
  });
});

describe('parseFixTime', () => {
  it('takes ISO 8601 with a zone only', () => {
    expect(parseFixTime('2026-03-25T12:00:00Z')).toBe(FIX);
    expect(parseFixTime('2026-03-25T14:00:00+02:00')).toBe(FIX);
    expect(parseFixTime('2026-03-25T12:00Z')).toBe(FIX);
    for (const bad of [
      '2026-03-25',
      '2026-03-25T12:00:00',
      '2026-02-30T00:00:00Z',
      '25/03/2026',
      'yesterday',
      '2026-03-25T25:00:00Z',
    ]) {
      expect({ bad, ms: parseFixTime(bad) }).toEqual({ bad, ms: undefined });
    }
  });
});
