import {
  SEED_ASSUMPTIONS,
  attributeBursts,
  databaseEvidence,
  liveImpact,
  type Burst,
  type BurstSignature,
  type InputSeries,
} from '..';
import { MINUTE, MINUTES, T0 as SYNTH_T0, burstA, live, series } from './syntheticSeries';

const MIN = 60_000;
const T0 = Date.parse('2026-04-02T10:00:00Z');

function burst(service: string, startMin = 0, endMin = 20): Burst {
  return {
    service,
    start: T0 + startMin * MIN,
    end: T0 + endMin * MIN,
    durationSeconds: (endMin - startMin) * 60,
    peakErrorRate: 0.02,
    meanErrorRate: 0.015,
    baselineErrorRate: 0.0005,
    meanRequestsPerSecond: 400,
    peak5xxPerSecond: 8,
    excessFailures: 7000,
  };
}

/** A series per minute from 30 minutes before T0 to 30 after, valued by `f(minute)`. */
function perMinute(service: string, f: (minute: number) => number | string): InputSeries {
  const samples: Array<[number, number | string]> = [];
  for (let m = -30; m <= 30; m++) {
    samples.push([T0 + m * MIN, f(m)]);
  }
  return { service, samples };
}

const closeWait: BurstSignature = { closeWait: true, rxReset: true, remoteCloseRatio: 0.3, closeWaitRose: true };
const quiet: BurstSignature = { closeWait: false, rxReset: false };

describe('database attribution (synthetic series, no Prometheus)', () => {
  it('attributes a burst on a saturated database (≥ 90%) to database pool exhaustion, even with resets', () => {
    const saturation = [perMinute('sox', (m) => (m < -5 ? 0.5 : 0.95))];
    const [a] = attributeBursts([burst('sox')], [closeWait], { saturation, refusals: [] });
    expect(a.cause).toBe('database pool exhaustion');
    expect(a.database.peakSaturation).toBeCloseTo(0.95);
  });

  it('counts refusals, and an exporter locked out of a full server, as exhaustion too', () => {
    const refusals = [perMinute('sox', (m) => (m === 3 ? 4 : 0))];
    expect(attributeBursts([burst('sox')], [quiet], { saturation: [], refusals })[0].cause).toBe(
      'database pool exhaustion'
    );
    const exporterUp = [perMinute('sox', (m) => (m >= 2 && m <= 4 ? 0 : 1))];
    const locked = attributeBursts([burst('sox')], [quiet], { saturation: [], refusals: [], exporterUp })[0];
    expect(locked).toEqual({
      cause: 'database pool exhaustion',
      database: { peakSaturation: undefined, refused: false, exporterLockedOut: true, exhausted: true },
    });
  });

  it('keeps CLOSE_WAIT, deployment and unknown apart when the database is healthy', () => {
    const saturation = [perMinute('a', () => 0.4), perMinute('b', () => 0.4), perMinute('c', () => 0.4)];
    const causes = attributeBursts(
      [burst('a'), burst('b'), burst('c')],
      [closeWait, quiet, quiet],
      { saturation, refusals: [] },
      [{ service: 'b', at: T0 - 2 * MIN }]
    ).map((x) => x.cause);
    expect(causes).toEqual(['CLOSE_WAIT', 'deployment', 'unknown']);
  });

  it("reads only the burst's own service's database (the label convention), and only around the burst", () => {
    const saturation = [perMinute('other', () => 1), perMinute('sox', (m) => (m > 25 ? 1 : 0.3))];
    expect(attributeBursts([burst('sox')], [quiet], { saturation, refusals: [] })[0].cause).toBe('unknown');
  });

  it('ignores NaN, Infinity and junk samples instead of calling them saturation', () => {
    const saturation = [perMinute('sox', (m) => (m % 2 ? 'NaN' : '+Inf'))];
    const evidence = databaseEvidence(burst('sox'), { saturation });
    expect(evidence).toEqual({ peakSaturation: undefined, refused: false, exporterLockedOut: false, exhausted: false });
  });
});

describe('liveImpact with database series (synthetic fleet, no Prometheus)', () => {
  const range = { from: SYNTH_T0, to: SYNTH_T0 + MINUTES * MINUTE, assumptions: SEED_ASSUMPTIONS };

  it('gives each burst a cause, and counts only CLOSE_WAIT bursts in the measured attribution share', () => {
    const saturation = [series('next-pwa-app', MINUTES, (m) => (burstA(m) ? 0.97 : 0.4))];
    const r = liveImpact(live(), { ...range, database: { saturation, refusals: [] } });
    expect(r.bursts.map((b) => [b.signature.closeWait, b.cause])).toEqual([
      [true, 'database pool exhaustion'],
      [false, 'unknown'],
    ]);
    expect(r.inputs.attributionRate).toMatchObject({ value: 0, source: 'measured' });
  });

  it('leaves bursts and the share as before when no database series are given', () => {
    const r = liveImpact(live(), range);
    expect(r.bursts.every((b) => b.cause === undefined)).toBe(true);
    expect(r.inputs.attributionRate.value).toBe(0.5);
  });
});
