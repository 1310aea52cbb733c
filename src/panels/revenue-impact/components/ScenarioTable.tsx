import React from 'react';
import { useStyles2 } from '@grafana/ui';
import type { Scenario } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { getTableStyles } from './tableStyles';

export function ScenarioTable({ scenarios, f }: { scenarios: Scenario[]; f: Formatters }) {
  const s = useStyles2(getTableStyles);
  return (
    <table className={s.table} data-testid={testIds.revenuePanel.scenarios}>
      <thead>
        <tr>
          <th>Scenario</th>
          <th>Bursts/month</th>
          <th>Error rate</th>
          <th>Sessions/month</th>
          <th>GMV/month</th>
          <th>Profit/month</th>
          <th>Profit/year</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((sc) => (
          <tr key={sc.name}>
            <td>{sc.label}</td>
            <td>{sc.inputs.burstsPerMonth.toFixed(1)}</td>
            <td>{f.percent(sc.inputs.burstErrorRate)}</td>
            <td>{f.count(sc.result.monthly.lostSessions)}</td>
            <td>{f.money(sc.result.monthly.gmv)}</td>
            <td>{f.money(sc.result.monthly.profit)}</td>
            <td>{f.money(sc.result.annual.profit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
