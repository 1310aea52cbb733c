import { readTimeoutSettings, timeoutBudgets, parseTimeout } from '..';

describe('timeout settings (organisation setting per service, fleet default)', () => {
  it('reads durations with a unit into ms', () => {
    expect([parseTimeout('15s'), parseTimeout('1500ms'), parseTimeout('2m'), parseTimeout(' 1.5s ')]).toEqual([
      15000, 1500, 120000, 1500,
    ]);
  });

  it('refuses zero, negative, unitless and non-string timeouts with a field-named message each', () => {
    const { errors } = readTimeoutSettings({
      fleet: { edge: '0s', route: '-5s', backendClient: 'soon' },
      services: { 'api-proxy': { route: 15, retries: '3' } },
      extra: true,
    });
    expect(errors).toEqual([
      'timeouts.extra is not a field (expected fleet, services)',
      'timeouts.fleet.edge: 0s is zero: Envoy reads 0 as "no timeout"; give the real one',
      'timeouts.fleet.route: -5s is negative: a timeout is a positive duration',
      'timeouts.fleet.backendClient: "soon" is not a duration: use a number with ms, s, m or h, such as "15s" or "1500ms"',
      'timeouts.services["api-proxy"].route: 15 is not a duration: give a string with ms, s, m or h, such as "15s"',
      'timeouts.services["api-proxy"].retries is not a hop (expected one of edge, route, backendClient, proxyIdle)',
    ]);
    expect(readTimeoutSettings([]).errors).toEqual(['timeouts must be a JSON object with "fleet" and/or "services"']);
  });
});

describe('timeout budget across hops (seed 001: each timeout longer than its dependencies)', () => {
  const { settings } = readTimeoutSettings({
    fleet: { edge: '60s', route: '15s', backendClient: '10s' },
    services: { 'api-proxy': { edge: '10s' }, 'configured-only': { route: '5s' } },
  });

  it('flags an edge timeout shorter than the proxy route behind it, and says what to change it to', () => {
    const [proxy] = timeoutBudgets(settings, [{ service: 'api-proxy', value: 870 }], []);
    expect(proxy.timeoutsMs).toEqual({ edge: 10000, route: 15000, backendClient: 10000 });
    expect(proxy.findings).toEqual([expect.objectContaining({ kind: 'notLongerThanDependency', hop: 'edge' })]);
    expect(proxy.findings[0].message).toMatch(/Lengthen it above 15 s or shorten the proxy route timeout below 10 s/);
  });

  it('flags a budget p99 already eats and a p999 that reaches the timeout, but not a healthy service', () => {
    const fleetOnly = readTimeoutSettings({ fleet: { edge: '60s', route: '2s', backendClient: '1s' } }).settings;
    const rows = timeoutBudgets(
      fleetOnly,
      [
        { service: 'pull', value: 1800 },
        { service: 'api-lazlo', value: 700 },
        { service: 'next-pwa-app', value: 1480 },
      ],
      [
        { service: 'pull', value: 1900 },
        { service: 'api-lazlo', value: 900 },
        { service: 'next-pwa-app', value: 2500 },
      ]
    );
    const kinds = Object.fromEntries(rows.map((r) => [r.service, r.findings.map((f) => `${f.hop}:${f.kind}`)]));
    expect(kinds).toEqual({
      'api-lazlo': [],
      'next-pwa-app': ['route:p999ReachesTimeout'],
      pull: ['route:p99EatsBudget'],
    });
    expect(rows.find((r) => r.service === 'pull')!.findings[0].message).toMatch(/p99 1\.8 s already uses 90%/);
  });

  it('says what is unavailable: a hop not set anywhere, a service without latency data', () => {
    const rows = timeoutBudgets(settings, [], []);
    const only = rows.find((r) => r.service === 'configured-only')!;
    expect(only.p99Ms).toBeNull();
    expect(only.unavailable.p99Ms).toMatch(/no latency histogram data/);
    const unset = timeoutBudgets(
      readTimeoutSettings({ fleet: { route: '15s' } }).settings,
      [{ service: 'a', value: 100 }],
      []
    );
    expect(unset[0].timeoutsMs.edge).toBeNull();
    expect(unset[0].unavailable.edge).toMatch(/not set/);
    expect(JSON.stringify(unset)).not.toMatch(/NaN|Infinity/);
  });
});
