import { deserialize, serialize } from 'node:v8';
import { answerImpactRequest, servicesIn } from '../compute/impactRequest';
import { framesToLiveSeries } from '../framesToLiveSeries';
import { SEED_ASSUMPTIONS } from '../../../impact';
import { MINUTE, serviceFrame } from './serviceFrame';

const T0 = Date.UTC(2026, 3, 13);
const MINUTES = 24 * 60;

describe('the request and reply that cross to the impact worker (V8’s serializer, the structured clone postMessage uses)', () => {
  const series = framesToLiveSeries([
    serviceFrame('errors', 'checkout', MINUTES, T0, (m) => (m >= 600 && m < 640 ? 90 : m === 5 ? NaN : 2)),
    serviceFrame('requests', 'checkout', MINUTES, T0, (m) => (m === 7 ? null : 4000)),
    serviceFrame('requests', 'search', MINUTES, T0, () => 100),
  ]);
  // What postMessage does to a message: V8's structured clone, which drops prototypes and functions.
  const structuredClone = <T>(value: T): T => deserialize(serialize(value));
  const request = { id: 1, series, options: { from: T0, to: T0 + MINUTES * MINUTE, assumptions: SEED_ASSUMPTIONS } };

  it('gives the same result after the round trip as computed in place, null figures and reasons included', () => {
    const reply = answerImpactRequest(structuredClone(request));
    expect('live' in reply && reply.live.bursts.length).toBe(1);
    expect(structuredClone(reply)).toEqual(answerImpactRequest(request));
  });

  it('counts the services the computation covers', () => {
    expect(servicesIn(series)).toBe(2);
  });

  it('turns an engine exception into a reply with its message, never a silent worker death', () => {
    const reply = answerImpactRequest({ ...request, series: { ...series, requests: null as never } });
    expect(reply).toEqual({ id: 1, error: expect.any(String) });
  });
});
