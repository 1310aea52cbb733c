import React from 'react';
import { notAvailable, type Scenario } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { ImpactTable } from './ImpactTable';

const HEADER = ['Scenario', 'Bursts/month', 'Error rate', 'Sessions/month', 'GMV/month', 'Profit/month', 'Profit/year'];

export function ScenarioTable({ scenarios, f }: { scenarios: Scenario[]; f: Formatters }) {
  const rows = scenarios.map((sc) => {
    const why = sc.result.unavailable;
    const bursts = sc.inputs.burstsPerMonth;
    return {
      key: sc.name,
      cells: [
        sc.label,
        bursts === null ? notAvailable(why.burstsPerMonth) : bursts.toFixed(1),
        f.percent(sc.inputs.burstErrorRate, why.burstErrorRate),
        f.count(sc.result.monthly.lostSessions, why['monthly.lostSessions']),
        f.money(sc.result.monthly.gmv, why['monthly.gmv']),
        f.money(sc.result.monthly.profit, why['monthly.profit']),
        f.money(sc.result.annual.profit, why['annual.profit']),
      ],
    };
  });
  return <ImpactTable testId={testIds.revenuePanel.scenarios} header={HEADER} rows={rows} />;
}
