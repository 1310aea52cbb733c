import React from 'react';
import { Badge, useStyles2, type BadgeColor } from '@grafana/ui';
import {
  changeFigure,
  confidenceFigure,
  criterionFigure,
  type CriterionResult,
  type CriterionVerdict,
} from '../../../fixValidation';
import { testIds } from '../../../components/testIds';
import { getTableStyles } from '../../revenue-impact/components/tableStyles';
import type { Formatters } from '../../revenue-impact/formatters';

const VERDICT_COLOR: Record<CriterionVerdict, BadgeColor> = {
  met: 'green',
  'not-met': 'red',
  'insufficient-data': 'darkgrey',
};

/** One row per criterion: before, after, change, target, verdict, confidence and the note saying how it was judged. */
export function VerdictTable({ criteria, f }: { criteria: CriterionResult[]; f: Formatters }) {
  const t = useStyles2(getTableStyles);
  return (
    <table className={t.table} data-testid={testIds.fixPanel.criteria}>
      <thead>
        <tr>
          <th>Criterion</th>
          <th>Before</th>
          <th>After</th>
          <th>Change</th>
          <th>Target</th>
          <th>Verdict</th>
          <th>Confidence</th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.id} data-testid={testIds.fixPanel.criterion(c.id)}>
            <td>
              {c.title}
              {c.role === 'guard' ? ' (guard)' : ''}
              <br />
              <small>{c.unit}</small>
            </td>
            <td>{criterionFigure(c, c.before, f.count)}</td>
            <td>{criterionFigure(c, c.after, f.count)}</td>
            <td>{changeFigure(c.change)}</td>
            <td>{c.target}</td>
            <td>
              <Badge text={c.verdict} color={VERDICT_COLOR[c.verdict]} />
            </td>
            <td>{confidenceFigure(c.confidence)}</td>
            <td style={{ textAlign: 'left' }}>{c.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
