import React from 'react';
import { render, screen } from '@testing-library/react';
import { LoadingState, dateTime, type DataFrame, type PanelProps } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { RevenueImpactPanel } from '../RevenueImpactPanel';
import type { RevenueImpactOptions } from '../options';
import { testIds } from '../../../components/testIds';
import { MINUTE, serviceFrame } from './serviceFrame';

const T0 = Date.UTC(2026, 3, 13, 0, 0, 0);
const MINUTES = 24 * 60;
const inBurst = (m: number) => m >= 600 && m < 630;

const frame = (refId: string, service: string, value: (m: number) => number | null): DataFrame =>
  serviceFrame(refId, service, MINUTES, T0, value);

const burstFrames = (withProxies: boolean) => [
  frame('errors', 'next-pwa-app', (m) => 4700 * (inBurst(m) ? 0.015 : 0.0005)),
  frame('requests', 'next-pwa-app', () => 4700),
  ...(withProxies
    ? [
        frame('rxReset', 'next-pwa-app', (m) => (inBurst(m) ? 2 : 0)),
        frame('remoteCloseRatio', 'next-pwa-app', (m) => (inBurst(m) ? 0.4 : 0.01)),
        frame('pages', 'next-pwa-app', () => 4700 / 23),
      ]
    : []),
];

function props(series: DataFrame[], options: RevenueImpactOptions = {}): PanelProps<RevenueImpactOptions> {
  const timeRange = { from: dateTime(T0), to: dateTime(T0 + MINUTES * MINUTE), raw: { from: '', to: '' } };
  return {
    data: { series, state: LoadingState.Done, timeRange },
    options,
    timeRange,
    timeZone: 'utc',
    width: 1000,
    height: 800,
  } as unknown as PanelProps<RevenueImpactOptions>;
}

function fakeSettings(get: () => Promise<unknown>) {
  setBackendSrv({ get } as unknown as BackendSrv);
}

describe('RevenueImpactPanel (fake backendSrv for the app settings; jsdom has no Web Worker, so the tab computes)', () => {
  it('shows the burst, its CLOSE_WAIT signature and measured inputs, using the organisation defaults', async () => {
    fakeSettings(() =>
      Promise.resolve({ jsonData: { assumptions: { gmvPerSession: 2.37, engineerDays: 15, dayRate: 600 } } })
    );
    render(<RevenueImpactPanel {...props(burstFrames(true))} />);
    const bursts = await screen.findByTestId(testIds.revenuePanel.bursts);
    expect(bursts).toHaveTextContent('next-pwa-app');
    expect(bursts).toHaveTextContent(/yesCLOSE_WAIT$/);
    // One 30-minute burst a day → 30 a month, each ~$948 of profit at the seed's inputs.
    expect(screen.getByTestId(testIds.revenuePanel.headline).textContent).toMatch(/^\$\d{3} K$|^\$\d{3}K$/);
    expect(screen.getByTestId(testIds.revenuePanel.inputs)).toHaveTextContent(/apiCallsPerPage23measured/);
    expect(screen.getByTestId(testIds.revenuePanel.inputs)).toHaveTextContent(/attributionRate1measured/);
    // Only the CLOSE_WAIT counts are absent: the signature rests on the two Envoy proxies.
    expect(screen.getByTestId(testIds.revenuePanel.partialData)).toHaveTextContent(/CLOSE_WAIT socket counts/);
    expect(screen.getByTestId(testIds.revenuePanel.partialData)).not.toHaveTextContent(/page requests/);
    expect(screen.queryByTestId(testIds.revenuePanel.defaultsNote)).toBeNull();
  });

  it('says which inputs are assumed on partial data, and notes the seed defaults when settings cannot be read', async () => {
    fakeSettings(() => Promise.reject({ status: 403 }));
    render(<RevenueImpactPanel {...props(burstFrames(false))} />);
    expect(await screen.findByTestId(testIds.revenuePanel.defaultsNote)).toHaveTextContent(/HTTP 403/);
    expect(await screen.findByTestId(testIds.revenuePanel.partialData)).toHaveTextContent(/downstream page requests/);
    expect(screen.getByTestId(testIds.revenuePanel.inputs)).toHaveTextContent(/apiCallsPerPage23assumed/);
  });

  it('counts only the failures users saw at the edge when downstream 5xx is scraped, and says it measured them', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    // Users get 0.375% while the mesh fails 1.5% in the burst: retries absorbed three quarters.
    const edge = frame('userErrors', 'next-pwa-app', (m) => (4700 / 23) * (inBurst(m) ? 0.00375 : 0.0005));
    const { unmount } = render(<RevenueImpactPanel {...props(burstFrames(true))} />);
    const assumed = await screen.findByTestId(testIds.revenuePanel.userVisibleShare);
    expect(assumed).toHaveAttribute('data-source', 'assumed');
    expect(assumed).toHaveTextContent(/100\.00%.*retry protection 0%.*no downstream 5xx series/);
    const allSeen = screen.getByTestId(testIds.revenuePanel.headline).textContent;
    unmount();
    render(<RevenueImpactPanel {...props([...burstFrames(true), edge])} />);
    const measured = await screen.findByTestId(testIds.revenuePanel.userVisibleShare);
    expect(measured).toHaveAttribute('data-source', 'measured');
    expect(measured).toHaveTextContent(/25\.00%.*during the bursts of 1 service \(25%–25%\)/);
    expect(screen.getByTestId(testIds.revenuePanel.headline).textContent).not.toBe(allSeen);
  });

  it('shows no bursts on a quiet range, and no data without the 5xx series', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    const quiet = [frame('errors', 'next-pwa-app', () => 2.35), frame('requests', 'next-pwa-app', () => 4700)];
    const { unmount } = render(<RevenueImpactPanel {...props(quiet)} />);
    expect(await screen.findByTestId(testIds.revenuePanel.noBursts)).toBeInTheDocument();
    unmount();
    render(<RevenueImpactPanel {...props([])} />);
    expect(await screen.findByTestId(testIds.revenuePanel.noData)).toHaveTextContent(/envoy_cluster_upstream_rq_xx/);
  });

  it('applies valid what-if overrides and names the invalid ones it ignores', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    render(<RevenueImpactPanel {...props(burstFrames(true), { gmvPerSession: 4.74, profitMargin: -1 })} />);
    expect(await screen.findByTestId(testIds.revenuePanel.invalidOverrides)).toHaveTextContent(/profitMargin/);
    expect(await screen.findByTestId(testIds.revenuePanel.inputs)).toHaveTextContent(/gmvPerSession4.74assumed/);
    expect(screen.getByTestId(testIds.revenuePanel.inputs)).toHaveTextContent(/profitMargin0.25assumed/);
  });

  it('lists the engine warnings in one Alert, and prints figures it cannot compute as n/a with the reason', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    const p = props(burstFrames(true), { gmvPerSession: 1e308 });
    // Two days asked for, one day of data: the rates use the day with data, and the panel says so.
    const timeRange = { ...p.timeRange, from: dateTime(T0 - MINUTES * MINUTE) };
    render(<RevenueImpactPanel {...p} data={{ ...p.data, timeRange }} timeRange={timeRange} />);
    const warnings = await screen.findByTestId(testIds.revenuePanel.warnings);
    expect(warnings).toHaveTextContent(/Request data covers 1\.0 of the 2\.0 requested days/);
    expect(screen.getByTestId(testIds.revenuePanel.headline)).toHaveTextContent(/^n\/a \(too large to compute/);
    expect(screen.getByTestId(testIds.revenuePanel.payback)).toHaveTextContent(/^n\/a \(too large to compute/);
    expect(screen.getByTestId(testIds.revenuePanel.container)).not.toHaveTextContent(/NaN|Infinity|∞/);
  });

  it('names panel options that are not finite numbers (a dashboard JSON with 1e999) without printing Infinity', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    render(<RevenueImpactPanel {...props(burstFrames(true), { gmvPerSession: JSON.parse('1e999'), dayRate: NaN })} />);
    const ignored = await screen.findByTestId(testIds.revenuePanel.invalidOverrides);
    expect(ignored).toHaveTextContent(
      /GMV per session \(gmvPerSession\) must be a finite number, got a value too large/
    );
    expect(ignored).toHaveTextContent(/Day rate \(dayRate\) must be a finite number, got a value that is not a number/);
    await screen.findByTestId(testIds.revenuePanel.inputs);
    expect(screen.getByTestId(testIds.revenuePanel.container)).not.toHaveTextContent(/NaN|Infinity|∞/);
  });

  it('treats an all-NaN 5xx series as no data', async () => {
    fakeSettings(() => Promise.resolve({ jsonData: {} }));
    render(
      <RevenueImpactPanel {...props([frame('errors', 'next-pwa-app', () => NaN), ...burstFrames(true).slice(1)])} />
    );
    expect(await screen.findByTestId(testIds.revenuePanel.noData)).toBeInTheDocument();
  });
});
