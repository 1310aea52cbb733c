import type { Burst } from '../../impact';
import { annotationFrame } from '../annotationFrame';
import { POST_DEPLOYMENT_MS, burstEvents, deploymentEvents, fixEvent, restartEvents } from '../timelineEvents';

const MIN = 60_000;
const T0 = Date.UTC(2026, 3, 13, 10);
const SERVICE = 'conveyor-cloud.ns.api-proxy-production';

function burst(service: string, start: number, minutes = 30): Burst {
  return {
    service,
    start,
    end: start + minutes * MIN,
    durationSeconds: minutes * 60,
    peakErrorRate: 0.021,
    meanErrorRate: 0.015,
    baselineErrorRate: 0.0005,
    meanRequestsPerSecond: 4700,
    peak5xxPerSecond: 90,
    excessFailures: 120_000,
  };
}

describe('timeline events (pure: bursts, rollouts, restarts, the fix)', () => {
  it('labels a burst that starts within an hour after a rollout of its own service as post-deployment', () => {
    const rollout = { namespace: 'api-proxy-production', deployment: 'api-proxy', at: T0 - 20 * MIN };
    const [event] = burstEvents([burst(SERVICE, T0)], [rollout]);
    expect(event).toMatchObject({
      kind: 'burst',
      time: T0,
      timeEnd: T0 + 30 * MIN,
      title: '5xx burst after a deployment',
    });
    expect(event.text).toContain('20 min after api-proxy-production/api-proxy rolled out (2026-04-13T09:40Z)');
    expect(event.text).toContain('5xx ratio up to 2.1% for 30 min');
  });

  it('does not label a burst after another service’s rollout, or one more than an hour old, or one after the burst', () => {
    const deployments = [
      { namespace: 'next-pwa-app-production', deployment: 'next-pwa-app', at: T0 - 5 * MIN },
      { namespace: 'api-proxy-production', deployment: 'api-proxy', at: T0 - POST_DEPLOYMENT_MS - MIN },
      { namespace: 'api-proxy-production', deployment: 'api-proxy', at: T0 + 31 * MIN },
    ];
    const [event] = burstEvents([burst(SERVICE, T0)], deployments);
    expect(event.title).toBe('5xx burst');
    expect(event.text).toMatch(/CLOSE_WAIT proxy row/);
  });

  it('counts a rollout during the burst (a rolling deployment that failed) as the burst’s deployment', () => {
    const during = { namespace: 'api-proxy-production', deployment: 'api-proxy', at: T0 + 10 * MIN };
    expect(burstEvents([burst(SERVICE, T0)], [during])[0].title).toBe('5xx burst after a deployment');
  });

  it('groups restarts per namespace into one mark per run, with roughly how many', () => {
    const samples = (values: Array<[number, number]>) => values.map(([m, v]) => [T0 + m * MIN, v] as [number, number]);
    const events = restartEvents([
      {
        service: 'api-proxy-production',
        samples: samples([
          [0, 0],
          [1, 3],
          [2, 3],
          [3, 1],
          [4, 0],
          [60, 0],
          [61, 1],
        ]),
      },
      {
        service: 'next-pwa-app-production',
        samples: samples([
          [0, 0],
          [30, 0.2],
        ]),
      },
    ]);
    expect(events.map((e) => [e.time, e.timeEnd, e.text])).toEqual([
      [T0 + MIN, T0 + 3 * MIN, expect.stringContaining('api-proxy-production: about 3 container restarts')],
      [T0 + 61 * MIN, undefined, expect.stringContaining('about 1 container restart.')],
    ]);
  });

  it('marks rollouts and the fix as moments', () => {
    expect(deploymentEvents([{ namespace: 'ns', deployment: 'd', at: T0 }])).toEqual([
      {
        kind: 'deployment',
        time: T0,
        title: 'Deployment rollout',
        text: 'ns/d: new ReplicaSet created 2026-04-13T10:00Z.',
      },
    ]);
    expect(fixEvent(T0)).toMatchObject({ kind: 'fix', time: T0, title: 'Fix' });
  });

  it('writes label values into annotation frames as text, never as HTML', () => {
    const frame = annotationFrame(burstEvents([burst('<img src=x onerror=alert(1)>', T0)], []), 'Bursts');
    const text = frame.fields.find((f) => f.name === 'text')!.values[0];
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img');
    expect(frame.meta?.dataTopic).toBe('annotations');
    expect(frame.fields.find((f) => f.name === 'isRegion')!.values).toEqual([true]);
  });

  it('labels 1,000 bursts of 500 services, each against its own service’s rollouts only', () => {
    const services = Array.from({ length: 500 }, (_, i) => `conveyor-cloud.ns.svc-${i}-production`);
    const bursts = services.flatMap((s, i) => [
      burst(s, T0 + i * MIN),
      burst(s, T0 + 2 * POST_DEPLOYMENT_MS + i * MIN),
    ]);
    const rollouts = services.map((s, i) => ({
      namespace: `svc-${i}-production`,
      deployment: `svc-${i}`,
      at: T0 + i * MIN - 5 * MIN,
    }));
    const events = burstEvents(bursts, rollouts);
    expect(events.filter((e) => e.title === '5xx burst after a deployment')).toHaveLength(500);
    expect(events).toHaveLength(1000);
  });
});
