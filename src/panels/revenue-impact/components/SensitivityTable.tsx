import React from 'react';
import { useStyles2 } from '@grafana/ui';
import type { SensitivityRow } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { getTableStyles } from './tableStyles';

const LABELS = { apiCallsPerPage: 'API calls per page', attributionRate: 'CLOSE_WAIT attribution rate' };

export function SensitivityTable({ rows, f }: { rows: SensitivityRow[]; f: Formatters }) {
  const s = useStyles2(getTableStyles);
  return (
    <table className={s.table} data-testid={testIds.revenuePanel.sensitivity}>
      <thead>
        <tr>
          <th>The two numbers that sharpen this most</th>
          <th>Value</th>
          <th>Profit/year</th>
          <th>vs. current</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.input}-${r.value}`}>
            <td>{LABELS[r.input]}</td>
            <td>{r.input === 'attributionRate' ? f.percent(r.value) : r.value.toFixed(1)}</td>
            <td>{f.money(r.annualProfit)}</td>
            <td>{r.relative.toFixed(2)}×</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
