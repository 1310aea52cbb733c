import React from 'react';
import { notAvailable, type SensitivityRow } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { ImpactTable } from './ImpactTable';

const LABELS = { apiCallsPerPage: 'API calls per page', attributionRate: 'CLOSE_WAIT attribution rate' };
const HEADER = ['The two numbers that sharpen this most', 'Value', 'Profit/year', 'vs. current'];

export function SensitivityTable({ rows, f }: { rows: SensitivityRow[]; f: Formatters }) {
  const tableRows = rows.map((r) => ({
    key: `${r.input}-${r.value}`,
    cells: [
      LABELS[r.input],
      r.input === 'attributionRate' ? f.percent(r.value) : r.value.toFixed(1),
      f.money(r.annualProfit, r.unavailable['annual.profit']),
      r.relative === null ? notAvailable(r.unavailable['sensitivity.relative']) : `${r.relative.toFixed(2)}×`,
    ],
  }));
  return <ImpactTable testId={testIds.revenuePanel.sensitivity} header={HEADER} rows={tableRows} />;
}
