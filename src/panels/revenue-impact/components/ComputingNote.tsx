import React from 'react';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import { testIds } from '../../../components/testIds';
import { computingText } from '../compute/computingText';

interface Props {
  computing?: { services: number };
  error?: string;
  /** The figures on screen are an earlier computation's (other data or options). */
  showingPrevious: boolean;
}

const PREVIOUS = 'The figures below are the previous result, for the earlier data or options.';

/** Says the engine is still running (or failed), and whether what is shown meanwhile is an older result. */
export function ComputingNote({ computing, error, showingPrevious }: Props) {
  if (error) {
    return (
      <Alert severity="error" title="Could not compute the impact" data-testid={testIds.revenuePanel.computeError}>
        {`${error}. ${showingPrevious ? PREVIOUS : 'Reload the panel; if it persists, report it with the time range.'}`}
      </Alert>
    );
  }
  if (!computing) {
    return null;
  }
  const text = computingText(computing.services);
  return (
    <div data-testid={testIds.revenuePanel.computing}>
      {showingPrevious ? (
        <Alert severity="info" title={text}>
          {PREVIOUS}
        </Alert>
      ) : (
        <LoadingPlaceholder text={text} />
      )}
    </div>
  );
}
