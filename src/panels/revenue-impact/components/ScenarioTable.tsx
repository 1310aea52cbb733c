import React from 'react';
import type { Scenario } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { ImpactTable } from './ImpactTable';

const HEADER = ['Scenario', 'Bursts/month', 'Error rate', 'Sessions/month', 'GMV/month', 'Profit/month', 'Profit/year'];

export function ScenarioTable({ scenarios, f }: { scenarios: Scenario[]; f: Formatters }) {
  const rows = scenarios.map((sc) => ({
    key: sc.name,
    cells: [
      sc.label,
      sc.inputs.burstsPerMonth.toFixed(1),
      f.percent(sc.inputs.burstErrorRate),
      f.count(sc.result.monthly.lostSessions),
      f.money(sc.result.monthly.gmv),
      f.money(sc.result.monthly.profit),
      f.money(sc.result.annual.profit),
    ],
  }));
  return <ImpactTable testId={testIds.revenuePanel.scenarios} header={HEADER} rows={rows} />;
}
