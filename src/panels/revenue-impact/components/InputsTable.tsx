import React from 'react';
import { Badge, useStyles2 } from '@grafana/ui';
import { IMPACT_INPUT_NAMES, type SourcedInputs } from '../../../impact';
import { testIds } from '../../../components/testIds';
import { getTableStyles } from './tableStyles';

export function InputsTable({ inputs }: { inputs: SourcedInputs }) {
  const s = useStyles2(getTableStyles);
  return (
    <table className={s.table} data-testid={testIds.revenuePanel.inputs}>
      <thead>
        <tr>
          <th>Input</th>
          <th>Value</th>
          <th>Source</th>
          <th>How</th>
        </tr>
      </thead>
      <tbody>
        {IMPACT_INPUT_NAMES.map((name) => (
          <tr key={name}>
            <td>{name}</td>
            <td>{Number(inputs[name].value.toPrecision(4))}</td>
            <td>
              <Badge text={inputs[name].source} color={inputs[name].source === 'measured' ? 'green' : 'orange'} />
            </td>
            <td>{inputs[name].note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
