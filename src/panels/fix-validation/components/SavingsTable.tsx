import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { Savings } from '../../../fixValidation';
import { testIds } from '../../../components/testIds';
import { getTableStyles } from '../../revenue-impact/components/tableStyles';
import type { Formatters } from '../../revenue-impact/formatters';

/** Profit at risk per day before and after (the ROI panel's model on each window), what it returned, and payback. */
export function SavingsTable({ savings, f, timeZone }: { savings: Savings; f: Formatters; timeZone: string }) {
  const t = useStyles2(getTableStyles);
  const money = (x: number | null) => (x === null ? 'n/a (see the notes)' : f.money(x));
  const rows: Array<[string, string, string?]> = [
    ['Profit at risk per day before', money(savings.profitPerDayBefore)],
    ['Profit at risk per day after', money(savings.profitPerDayAfter)],
    ['Realised profit so far', money(savings.realisedProfit), testIds.fixPanel.realised],
    ['Realised GMV so far', money(savings.realisedGmv)],
    ['Fix cost', f.money(savings.fixCost)],
    [
      'Payback reached',
      savings.paybackReached === null ? 'not yet' : dateTimeFormat(savings.paybackReached, { timeZone }),
      testIds.fixPanel.payback,
    ],
  ];
  return (
    <table className={t.table} data-testid={testIds.fixPanel.savings}>
      <tbody>
        {rows.map(([label, value, testId]) => (
          <tr key={label}>
            <td>{label}</td>
            <td data-testid={testId}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
