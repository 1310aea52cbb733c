import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { NOTHING_FLAGGED, readTimeoutSettings } from '../../../impact';
import { serviceValues } from '../serviceValues';
import { readOrgTimeouts } from '../timeoutSettingsRequest';
import { verdictPanel, verdictTable } from '../verdictPanels';

/** An instant answer as Grafana's Prometheus datasource frames it: one frame per series, labels on the value. */
const series = (refId: string, labels: Record<string, string>, value: number): DataFrame =>
  createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: [0] },
      { name: 'Value', type: FieldType.number, values: [value], labels },
    ],
  });

const HOSTILE = '<img src=x onerror=alert(1)>';
const keepAliveFrames = (service: string) => [
  series('lifetime', { source: service, quantile: '0.05' }, 4200),
  series('lifetime', { source: service, quantile: '0.5' }, 5000),
  series('remoteShare', { source: service }, 0.9),
  series('lifetime', { source: 'calm', quantile: '0.05' }, 50_000),
  series('lifetime', { source: 'calm', quantile: '0.5' }, 120_000),
  series('remoteShare', { source: 'calm' }, 0.1),
];
const settings = (json: unknown) => ({ ...readTimeoutSettings(json), errors: [] });
const column = (frame: DataFrame, name: string) => frame.fields.find((f) => f.name === name)?.values ?? [];

describe('verdict tables of the Keep-alive Cycling and Timeout Budget rows (plain frames; fake backendSrv for the settings)', () => {
  it('reads one value per service from instant frames, split by a tag label', () => {
    const frames = keepAliveFrames('next-pwa-app');
    expect(serviceValues(frames, 'lifetime', { label: 'quantile', value: '0.5' })).toEqual([
      { service: 'next-pwa-app', value: 5000 },
      { service: 'calm', value: 120_000 },
    ]);
    expect(serviceValues([series('p99', { source: 'x' }, Number.NaN)], 'p99')).toEqual([{ service: 'x', value: null }]);
  });

  it('lists the service in the race with which side to shorten, to what; its name stays a plain string', () => {
    const table = verdictTable('keepalive', keepAliveFrames(HOSTILE), settings({ fleet: { proxyIdle: '60s' } }));
    expect(column(table, 'Service')).toEqual([HOSTILE]);
    expect(table.fields.map((f) => f.type)).toEqual([FieldType.string, FieldType.string]);
    expect(column(table, 'Verdict')[0]).toMatch(
      /closes idle connections at or below ~5 s .*90% of closes.*keeps them for 60 s\. Shorten the proxy idle timeout to 4 s or less, or raise the backend's keep-alive timeout above 60 s\./
    );
  });

  it('says why nothing is flagged when the proxy idle timeout is not set', () => {
    const table = verdictTable('keepalive', keepAliveFrames('next-pwa-app'), settings({}));
    expect(column(table, 'Service')).toEqual([NOTHING_FLAGGED]);
    expect(column(table, 'Verdict')[0]).toMatch(
      /^No keep-alive race among the 0 services checked\. 2 could not be checked \(calm: proxy idle timeout not set/
    );
  });

  it('flags an edge timeout not longer than the route behind it, and a p99 eating the route timeout', () => {
    const frames = [series('p99', { source: 'api' }, 1300), series('p999', { source: 'api' }, 1400)];
    const table = verdictTable('timeouts', frames, settings({ fleet: { edge: '1s', route: '1500ms' } }));
    expect(column(table, 'Service')).toEqual(['api', 'api', 'api']);
    expect(column(table, 'Verdict')[0]).toMatch(
      /^The edge \(ingress\) timeout \(1 s\) is not longer than the proxy route/
    );
    expect(column(table, 'Verdict')[1]).toMatch(/^Measured p999 1\.4 s reaches the edge \(ingress\) timeout \(1 s\)/);
    expect(column(table, 'Verdict')[2]).toMatch(
      /^Measured p99 1\.3 s already uses 87% of the proxy route timeout \(1\.5 s\)/
    );
  });

  it('puts settings problems first, by field, and reads the settings from the app’s jsonData', async () => {
    setBackendSrv({
      get: () => Promise.resolve({ jsonData: { timeouts: { fleet: { route: '-5s', edge: '60s' } } } }),
    } as unknown as BackendSrv);
    const answer = await readOrgTimeouts();
    expect(answer.errors).toEqual(['timeouts.fleet.route: -5s is negative: a timeout is a positive duration']);
    const table = verdictTable('timeouts', [], answer);
    expect(column(table, 'Service')[0]).toBe('(settings)');
    setBackendSrv({ get: () => Promise.reject({ status: 403 }) } as unknown as BackendSrv);
    expect((await readOrgTimeouts()).errors[0]).toMatch(/^Could not read the Connection Health app settings/);
  });

  it('has a panel in the Envoy rows only where the proxy has the queries', () => {
    expect(verdictPanel('keepalive', 'envoy')?.state.title).toBe('Keep-alive race: services to fix');
    expect(verdictPanel('timeouts', 'envoy')?.state.title).toBe('Timeout budget: hops to fix');
    expect(verdictPanel('keepalive', 'haproxy')).toBeUndefined();
    expect(verdictPanel('errors', 'envoy')).toBeUndefined();
  });
});
