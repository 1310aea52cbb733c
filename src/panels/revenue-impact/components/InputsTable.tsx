import React from 'react';
import { Badge } from '@grafana/ui';
import { IMPACT_INPUT_NAMES, type SourcedInputs } from '../../../impact';
import { testIds } from '../../../components/testIds';
import { ImpactTable } from './ImpactTable';

export function InputsTable({ inputs }: { inputs: SourcedInputs }) {
  const rows = IMPACT_INPUT_NAMES.map((name) => ({
    key: name,
    cells: [
      name,
      String(Number(inputs[name].value.toPrecision(4))),
      <Badge key="source" text={inputs[name].source} color={inputs[name].source === 'measured' ? 'green' : 'orange'} />,
      inputs[name].note,
    ],
  }));
  return <ImpactTable testId={testIds.revenuePanel.inputs} header={['Input', 'Value', 'Source', 'How']} rows={rows} />;
}
