import React from 'react';
import { act, render, screen } from '@testing-library/react';
import { LoadingState, dateTime, type DataFrame, type PanelProps } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { RevenueImpactPanel } from '../RevenueImpactPanel';
import type { RevenueImpactOptions } from '../options';
import { answerImpactRequest, type ImpactReply, type ImpactRequest } from '../compute/impactRequest';
import { testIds } from '../../../components/testIds';
import { MINUTE, serviceFrame } from './serviceFrame';

const T0 = Date.UTC(2026, 3, 13);
const MINUTES = 6 * 60;
const SERVICES = ['checkout', 'search', 'next-pwa-app'];

const frames: DataFrame[] = SERVICES.flatMap((service) => [
  serviceFrame('errors', service, MINUTES, T0, (m) => (m >= 120 && m < 150 ? 80 : 2)),
  serviceFrame('requests', service, MINUTES, T0, () => 4000),
]);

function props(options: RevenueImpactOptions = {}): PanelProps<RevenueImpactOptions> {
  const timeRange = { from: dateTime(T0), to: dateTime(T0 + MINUTES * MINUTE), raw: { from: '', to: '' } };
  return {
    data: { series: frames, state: LoadingState.Done, timeRange },
    options,
    timeRange,
    timeZone: 'utc',
  } as unknown as PanelProps<RevenueImpactOptions>;
}

/** Stands in for the browser's Worker: holds each request until the test answers it with the real engine. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: ImpactReply }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  request?: ImpactRequest;
  transfer: Transferable[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(request: ImpactRequest, transfer: Transferable[] = []) {
    this.request = request;
    this.transfer = transfer;
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ImpactReply = answerImpactRequest(this.request!)) {
    act(() => this.onmessage!({ data }));
  }
  failToLoad() {
    act(() => this.onerror!({ preventDefault: () => undefined }));
  }
}

const latest = () => FakeWorker.made[FakeWorker.made.length - 1];

beforeEach(() => {
  FakeWorker.made = [];
  Object.assign(globalThis, { Worker: FakeWorker });
  setBackendSrv({ get: () => Promise.resolve({ jsonData: {} }) } as unknown as BackendSrv);
});
afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe('ROI panel computes in a Web Worker (a fake Worker answered by the real engine; fake settings API)', () => {
  it('says it is computing for how many services until the worker answers, then shows the figures', async () => {
    render(<RevenueImpactPanel {...props()} />);
    expect(await screen.findByTestId(testIds.revenuePanel.computing)).toHaveTextContent(
      'Computing impact for 3 services…'
    );
    expect(screen.queryByTestId(testIds.revenuePanel.result)).toBeNull();
    expect(latest().url.pathname).toMatch(/\/impactWorker\.js$/);
    latest().reply();
    expect(await screen.findByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-stale', 'false');
    expect(screen.queryByTestId(testIds.revenuePanel.computing)).toBeNull();
    expect(screen.getByTestId(testIds.revenuePanel.bursts).querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('starts its worker on mount, before the settings and data are in, and computes in that same worker', async () => {
    render(<RevenueImpactPanel {...props()} />);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].request).toBeUndefined();
    await screen.findByTestId(testIds.revenuePanel.computing);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].request).toBeDefined();
  });

  it('moves the series to the worker as Float64Array columns in its transfer list, leaving the frames intact (fake Worker)', async () => {
    render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.computing);
    const { request, transfer } = latest();
    const columns = [...request!.series.errors, ...request!.series.requests] as Array<{
      times: unknown;
      values: unknown;
    }>;
    expect(columns).toHaveLength(2 * SERVICES.length);
    for (const c of columns) {
      expect(c.values).toBeInstanceOf(Float64Array);
      expect(c.times).toBeInstanceOf(Float64Array);
      expect(transfer).toContain((c.values as Float64Array).buffer);
      expect(transfer).toContain((c.times as Float64Array).buffer);
    }
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(Array.isArray(frames[0].fields[1].values)).toBe(true);
    latest().reply();
    expect(await screen.findByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-stale', 'false');
    expect(screen.getByTestId(testIds.revenuePanel.bursts).querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('cancels a stale computation when the options change, and marks the previous figures meanwhile', async () => {
    const { rerender } = render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.computing);
    latest().reply();
    const before = (await screen.findByTestId(testIds.revenuePanel.headline)).textContent;

    rerender(<RevenueImpactPanel {...props({ profitMargin: 0.5 })} />);
    const stale = latest();
    expect(screen.getByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-stale', 'true');
    expect(screen.getByTestId(testIds.revenuePanel.computing)).toHaveTextContent(/previous result/);

    rerender(<RevenueImpactPanel {...props({ profitMargin: 0.75 })} />);
    expect(stale.terminated).toBe(true);
    expect(latest()).not.toBe(stale);
    expect(latest().request?.options.assumptions.profitMargin).toBe(0.75);
    latest().reply();
    expect(await screen.findByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-stale', 'false');
    expect(screen.getByTestId(testIds.revenuePanel.headline).textContent).not.toBe(before);
  });

  it('computes the same figures in the tab when the worker script cannot load (CDN origin, strict CSP)', async () => {
    render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.computing);
    latest().failToLoad();
    expect(await screen.findByTestId(testIds.revenuePanel.result)).toHaveAttribute('data-stale', 'false');
    expect(latest().terminated).toBe(true);
    expect(screen.queryByTestId(testIds.revenuePanel.computeError)).toBeNull();
  });

  it('shows an engine failure as a message, not a blank or a stuck spinner', async () => {
    render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.computing);
    latest().reply({ id: latest().request!.id, error: 'Maximum call stack size exceeded' });
    expect(await screen.findByTestId(testIds.revenuePanel.computeError)).toHaveTextContent(
      /Maximum call stack size exceeded\. Reload the panel/
    );
    expect(screen.queryByTestId(testIds.revenuePanel.computing)).toBeNull();
  });
});
