import React, { type ReactNode } from 'react';
import { useStyles2 } from '@grafana/ui';
import { getTableStyles } from './tableStyles';

export interface ImpactTableProps {
  testId: string;
  header: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
}

/** Every table of the ROI panel: label values render as text nodes, never as HTML. */
export function ImpactTable({ testId, header, rows }: ImpactTableProps) {
  const s = useStyles2(getTableStyles);
  return (
    <table className={s.table} data-testid={testId}>
      <thead>
        <tr>
          {header.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
