import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { AssessedBurst } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { getTableStyles } from './tableStyles';

export function BurstTable({ bursts, f, timeZone }: { bursts: AssessedBurst[]; f: Formatters; timeZone?: string }) {
  const s = useStyles2(getTableStyles);
  return (
    <table className={s.table} data-testid={testIds.revenuePanel.bursts}>
      <thead>
        <tr>
          <th>Start</th>
          <th>Service</th>
          <th>Minutes</th>
          <th>5xx ratio (peak)</th>
          <th>Excess failures</th>
          <th>Lost sessions</th>
          <th>GMV</th>
          <th>Profit</th>
          <th>CLOSE_WAIT signature</th>
        </tr>
      </thead>
      <tbody>
        {bursts.map((b) => (
          <tr key={`${b.service}-${b.start}`}>
            <td>{dateTimeFormat(b.start, { timeZone })}</td>
            <td>{b.service}</td>
            <td>{(b.durationSeconds / 60).toFixed(0)}</td>
            <td>
              {f.percent(b.meanErrorRate)} ({f.percent(b.peakErrorRate)})
            </td>
            <td>{f.count(b.excessFailures)}</td>
            <td>{f.count(b.impact.lostSessions)}</td>
            <td>{f.money(b.impact.gmv)}</td>
            <td>{f.money(b.impact.profit)}</td>
            <td>{b.signature.closeWait ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
