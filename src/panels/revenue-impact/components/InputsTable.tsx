import React from 'react';
import { Badge } from '@grafana/ui';
import { IMPACT_INPUT_NAMES, type SourcedInputs } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';
import { ImpactTable } from './ImpactTable';

export function InputsTable({ inputs, f }: { inputs: SourcedInputs; f: Formatters }) {
  const rows = IMPACT_INPUT_NAMES.map((name) => {
    const { value, source, note } = inputs[name];
    return {
      key: name,
      // An unavailable input's note is its reason: said once, in the value column.
      cells: [
        name,
        f.plain(value, note),
        <Badge key="source" text={source} color={source === 'measured' ? 'green' : 'orange'} />,
        value === null ? '' : note,
      ],
    };
  });
  return <ImpactTable testId={testIds.revenuePanel.inputs} header={['Input', 'Value', 'Source', 'How']} rows={rows} />;
}
