import React from 'react';
import { Alert } from '@grafana/ui';
import { testIds } from '../../../components/testIds';

const minutes = (seconds: number) => `${Math.round(seconds / 60)}-minute`;

/** Says the figures below come from the coarse first pass and will be replaced: never read as the final verdict. */
export function PreliminaryNote(props: { stepSeconds: number; fineStepSeconds: number }) {
  return (
    <Alert
      severity="info"
      title={`Preliminary (${minutes(props.stepSeconds)} step), refining…`}
      data-testid={testIds.fixPanel.preliminary}
    >
      A first look at a coarser step while the {minutes(props.fineStepSeconds)} comparison runs: the verdict, the
      figures and the savings below may still change.
    </Alert>
  );
}
