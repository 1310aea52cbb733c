import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { FieldType, LoadingState, createDataFrame, dateTime, type DataFrame, type PanelProps } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import {
  DAY_START as T0,
  MINUTES,
  databaseIncidentMatrix as matrix,
  databaseIncidentReport,
} from '../../../../cli/report/__tests__/databaseAnswers';
import { DATABASE_IMPACT_TARGETS, REVENUE_PANEL_TARGETS } from '../../../queries';
import { testIds } from '../../../components/testIds';
import { RevenueImpactPanel } from '../RevenueImpactPanel';
import type { RevenueImpactOptions } from '../options';

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
    const report = await databaseIncidentReport();
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
