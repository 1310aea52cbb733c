import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { FieldType, LoadingState, createDataFrame, dateTime, type DataFrame, type PanelProps } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { collectReport } from '../../../../cli/report/collectReport';
import type { PromClient, PromSeries } from '../../../../cli/prometheus/promClient';
import { resolveAssumptions } from '../../../impact';
import { DATABASE_IMPACT_TARGETS, REVENUE_PANEL_TARGETS } from '../../../queries';
import { testIds } from '../../../components/testIds';
import { RevenueImpactPanel } from '../RevenueImpactPanel';
import type { RevenueImpactOptions } from '../options';

// One day a minute apart: a CLOSE_WAIT burst on next-pwa-app, and a burst on api-lazlo-sox whose MySQL is full.
const T0 = Date.UTC(2026, 3, 13) / 1000;
const MINUTES = 24 * 60;
const closeWaitBurst = (m: number) => m >= 300 && m < 330;
const databaseBurst = (m: number) => m >= 900 && m < 925;
const SERVICES = ['next-pwa-app', 'api-lazlo-sox'];
const inBurst = (service: string, m: number) => (service === SERVICES[0] ? closeWaitBurst(m) : databaseBurst(m));

type Values = (service: string, minute: number) => number;

// What Prometheus answers to each target the panel and report send, by catalogue query id.
const ANSWERS: Record<string, Values> = {
  upstream5xxRate: (s, m) => 4700 * (inBurst(s, m) ? 0.015 : 0.0005),
  upstreamRequestRate: () => 4700,
  rxResetRate: (s, m) => (s === SERVICES[0] && closeWaitBurst(m) ? 2 : 0),
  remoteCloseWithActiveRqRatio: (s, m) => (s === SERVICES[0] && closeWaitBurst(m) ? 0.4 : 0.01),
  downstreamPageRate: (s) => (s === SERVICES[0] ? 4700 / 23 : 4700),
  dbMysqlSaturationByService: (s, m) =>
    s === SERVICES[1] ? (databaseBurst(m) || (m >= 880 && m < 900) ? 1 : 0.2) : 0.1,
  dbMysqlRefusedByService: (s, m) => (s === SERVICES[1] && databaseBurst(m) ? 12 : 0),
  dbMysqlExporterUpByService: (s, m) => (s === SERVICES[1] && databaseBurst(m) ? 0 : 1),
};

function matrix(queryId: string): PromSeries[] {
  const values = ANSWERS[queryId];
  if (!values) {
    return [];
  }
  return SERVICES.map((service) => ({
    metric: { source: service },
    values: Array.from({ length: MINUTES }, (_, m) => [T0 + m * 60, String(values(service, m))] as [number, string]),
  }));
}

/** The Prometheus client `report` uses, answering each catalogue query (named in its last argument) from ANSWERS. */
const fakeClient = {
  queryRange: async (_expr: string, _start: number, _end: number, _step: number, what: string) => matrix(what),
  queryInstant: async () => [],
} as unknown as PromClient;

/** The same answers as the Prometheus datasource hands them to the panel: one frame per series, by refId. */
function frames(): DataFrame[] {
  const targets = [...REVENUE_PANEL_TARGETS, ...DATABASE_IMPACT_TARGETS];
  return targets.flatMap(({ refId, queryId }) =>
    matrix(queryId).map((series) =>
      createDataFrame({
        refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: series.values.map(([t]) => t * 1000) },
          {
            name: 'Value',
            type: FieldType.number,
            values: series.values.map(([, v]) => Number(v)),
            labels: series.metric,
          },
        ],
      })
    )
  );
}

function props(series: DataFrame[]): PanelProps<RevenueImpactOptions> {
  const timeRange = { from: dateTime(T0 * 1000), to: dateTime((T0 + MINUTES * 60) * 1000), raw: { from: '', to: '' } };
  return {
    data: { series, state: LoadingState.Done, timeRange },
    options: {},
    timeRange,
    timeZone: 'utc',
    width: 1000,
    height: 800,
  } as unknown as PanelProps<RevenueImpactOptions>;
}

describe('ROI panel attribution equals report’s (fake backendSrv with no organisation settings, fake Prometheus client for report)', () => {
  it('gives each burst the cause report gives it, database pool exhaustion included', async () => {
    const report = await collectReport(fakeClient, {
      from: T0 * 1000,
      to: (T0 + MINUTES * 60) * 1000,
      stepSeconds: 60,
      serviceLabel: 'source',
      services: '.*',
      assumptions: resolveAssumptions(),
    });
    const reportCauses = report.live.bursts.map((b) => [b.service, b.cause]);
    expect(reportCauses).toEqual([
      ['next-pwa-app', 'CLOSE_WAIT'],
      ['api-lazlo-sox', 'database pool exhaustion'],
    ]);

    setBackendSrv({ get: () => Promise.resolve({ jsonData: {} }) } as unknown as BackendSrv);
    render(<RevenueImpactPanel {...props(frames())} />);
    const table = await screen.findByTestId(testIds.revenuePanel.bursts);
    const rows = within(table).getAllByRole('row').slice(1);
    const panelCauses = rows.map((row) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      return [cells[1], cells[cells.length - 1]];
    });
    expect(panelCauses).toEqual(reportCauses);
    expect(screen.getByTestId(testIds.revenuePanel.headline).textContent).toBeTruthy();
  });
});
