import { keepAliveRaces, readTimeoutSettings } from '..';

const settings = readTimeoutSettings({
  fleet: { proxyIdle: '60s' },
  services: { 'no-idle-setting': {} },
}).settings;

describe('keep-alive race detector (Envoy connection lifetimes and close counters vs the proxy idle timeout)', () => {
  it('flags a backend that closes idle connections before the proxy, and says to shorten the proxy to below p5', () => {
    const [race, healthy] = keepAliveRaces(
      settings,
      [
        { service: 'a-node-backend', value: 3140 },
        { service: 'b-nginx-backend', value: 40000 },
      ],
      [
        { service: 'a-node-backend', value: 6000 },
        { service: 'b-nginx-backend', value: 72000 },
      ],
      [
        { service: 'a-node-backend', value: 0.71 },
        { service: 'b-nginx-backend', value: 0.71 },
      ]
    );
    expect(race).toMatchObject({
      service: 'a-node-backend',
      race: true,
      suggestedProxyIdleMs: 3000,
      proxyIdleMs: 60000,
    });
    expect(race.advice).toMatch(/closes idle connections at or below ~6 s .*71% .*keeps them for 60 s/);
    expect(race.advice).toMatch(
      /Shorten the proxy idle timeout to 3 s or less, or raise the backend's keep-alive timeout above 60 s/
    );
    expect(healthy).toMatchObject({ service: 'b-nginx-backend', race: false });
    expect(healthy.advice).toBeUndefined();
  });

  it('does not flag short lifetimes when the proxy retires most connections itself', () => {
    const [row] = keepAliveRaces(
      settings,
      [{ service: 's', value: 500 }],
      [{ service: 's', value: 900 }],
      [{ service: 's', value: 0.2 }]
    );
    expect(row.race).toBe(false);
  });

  it('is unavailable, with the reason, for a histogram with no buckets or no idle-timeout setting', () => {
    const rows = keepAliveRaces(
      readTimeoutSettings({}).settings,
      [{ service: 'x', value: Number.NaN }],
      [{ service: 'x', value: null }],
      [{ service: 'x', value: 0.9 }]
    );
    expect(rows[0].race).toBeNull();
    expect(rows[0].unavailable.race).toMatch(/proxy idle timeout not set/);
    expect(rows[0].unavailable.lifetimeP50Ms).toMatch(/no connection-lifetime histogram buckets/);
    expect(JSON.stringify(rows)).not.toMatch(/NaN|Infinity/);
  });

  it('suggests 100 ms steps under a second', () => {
    const [row] = keepAliveRaces(
      settings,
      [{ service: 's', value: 450 }],
      [{ service: 's', value: 800 }],
      [{ service: 's', value: 0.9 }]
    );
    expect(row.suggestedProxyIdleMs).toBe(400);
  });
});
