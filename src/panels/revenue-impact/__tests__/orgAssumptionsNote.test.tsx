import React from 'react';
import { render, screen } from '@testing-library/react';
import { FieldType, LoadingState, createDataFrame, dateTime, type PanelProps } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { liveImpact } from '../../../impact';
import { RevenueImpactPanel } from '../RevenueImpactPanel';
import type { RevenueImpactOptions } from '../options';
import { prefetchOrgAssumptions } from '../orgAssumptionsRequest';
import { testIds } from '../../../components/testIds';

jest.mock('../../../impact', () => {
  const actual = jest.requireActual('../../../impact');
  return { ...actual, liveImpact: jest.fn(actual.liveImpact) };
});

const T0 = Date.UTC(2026, 3, 13);
const HOUR = 3_600_000;

function props(): PanelProps<RevenueImpactOptions> {
  const times = Array.from({ length: 120 }, (_, i) => T0 + i * 60_000);
  const frame = (refId: string, v: number) =>
    createDataFrame({
      refId,
      fields: [
        { name: 'Time', type: FieldType.time, values: times },
        { name: 'Value', type: FieldType.number, values: times.map(() => v), labels: { source: 'api-proxy' } },
      ],
    });
  const timeRange = { from: dateTime(T0), to: dateTime(T0 + 2 * HOUR), raw: { from: '', to: '' } };
  return {
    data: { series: [frame('errors', 1), frame('requests', 1000)], state: LoadingState.Done, timeRange },
    options: {},
    timeRange,
    timeZone: 'utc',
  } as unknown as PanelProps<RevenueImpactOptions>;
}

function settingsApi(answer: () => Promise<unknown>): jest.Mock {
  const get = jest.fn(answer);
  setBackendSrv({ get } as unknown as BackendSrv);
  return get;
}

beforeEach(() => jest.mocked(liveImpact).mockClear());

describe('ROI panel: whose assumptions it uses, said visibly (fake Grafana plugin settings API)', () => {
  it('says so when the app is not enabled in this organisation (settings answer enabled: false, no jsonData)', async () => {
    settingsApi(() => Promise.resolve({ enabled: false, jsonData: null }));
    render(<RevenueImpactPanel {...props()} />);
    const note = await screen.findByTestId(testIds.revenuePanel.defaultsNote);
    expect(note).toHaveTextContent('The Connection Health app is not enabled in this organisation');
    expect(note).toHaveTextContent("seed 000's values");
  });

  it('says so when the app is enabled but this organisation saved no assumptions', async () => {
    settingsApi(() => Promise.resolve({ enabled: true, jsonData: { serviceLabel: 'source' } }));
    render(<RevenueImpactPanel {...props()} />);
    expect(await screen.findByTestId(testIds.revenuePanel.defaultsNote)).toHaveTextContent(
      'This organisation has saved no business-impact assumptions'
    );
  });

  it('says nothing when the organisation has its own assumptions', async () => {
    settingsApi(() => Promise.resolve({ enabled: true, jsonData: { assumptions: { gmvPerSession: 3 } } }));
    render(<RevenueImpactPanel {...props()} />);
    expect(await screen.findByTestId(testIds.revenuePanel.container)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.revenuePanel.defaultsNote)).toBeNull();
  });

  it('quotes Grafana’s error when the settings cannot be read', async () => {
    settingsApi(() => Promise.reject({ status: 404, statusText: 'Not Found', data: { message: 'Plugin not found' } }));
    render(<RevenueImpactPanel {...props()} />);
    expect(await screen.findByTestId(testIds.revenuePanel.defaultsNote)).toHaveTextContent(
      'Could not read the Connection Health app settings (HTTP 404 Not Found: Plugin not found)'
    );
  });
});

describe('ROI panel: work per render (fake Grafana plugin settings API, engine spied on, computed in the tab: jsdom has no Worker)', () => {
  it('computes the figures once, with the organisation’s assumptions, not first with the seed’s', async () => {
    settingsApi(() => Promise.resolve({ enabled: true, jsonData: { assumptions: { gmvPerSession: 3 } } }));
    render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.result);
    expect(liveImpact).toHaveBeenCalledTimes(1);
    expect(jest.mocked(liveImpact).mock.calls[0][1].assumptions.gmvPerSession).toBe(3);
  });

  it('uses the read started when the panel module loaded, then reads afresh for the next panel', async () => {
    const get = settingsApi(() => Promise.resolve({ enabled: true, jsonData: { assumptions: { gmvPerSession: 3 } } }));
    prefetchOrgAssumptions();
    expect(get).toHaveBeenCalledTimes(1);
    const first = render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.container);
    expect(get).toHaveBeenCalledTimes(1);
    first.unmount();
    render(<RevenueImpactPanel {...props()} />);
    await screen.findByTestId(testIds.revenuePanel.container);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
