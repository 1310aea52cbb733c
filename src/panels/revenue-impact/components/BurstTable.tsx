import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import type { AssessedBurst } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { ImpactTable } from './ImpactTable';

const HEADER = [
  'Start',
  'Service',
  'Minutes',
  '5xx ratio (peak)',
  'Excess failures',
  'Lost sessions',
  'GMV',
  'Profit',
  'CLOSE_WAIT signature',
];

// The engine gives a cause when it had database series (as report does): then the table says it too.
const CAUSE = 'Cause';

export function BurstTable({ bursts, f, timeZone }: { bursts: AssessedBurst[]; f: Formatters; timeZone?: string }) {
  const withCause = bursts.some((b) => b.cause !== undefined);
  const rows = bursts.map((b) => ({
    key: `${b.service}-${b.start}`,
    cells: [
      dateTimeFormat(b.start, { timeZone }),
      b.service,
      (b.durationSeconds / 60).toFixed(0),
      `${f.percent(b.meanErrorRate)} (${f.percent(b.peakErrorRate)})`,
      f.count(b.excessFailures),
      f.count(b.impact.lostSessions, b.impact.unavailable['perBurst.lostSessions']),
      f.money(b.impact.gmv, b.impact.unavailable['perBurst.gmv']),
      f.money(b.impact.profit, b.impact.unavailable['perBurst.profit']),
      b.signature.closeWait ? 'yes' : 'no',
      ...(withCause ? [b.cause ?? 'unknown'] : []),
    ],
  }));
  const header = withCause ? [...HEADER, CAUSE] : HEADER;
  return <ImpactTable testId={testIds.revenuePanel.bursts} header={header} rows={rows} />;
}
