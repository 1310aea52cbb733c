import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import { Alert } from '@grafana/ui';
import type { FixTimeSearchResult } from '../../../fixValidation/fetch';
import { testIds } from '../../../components/testIds';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** No fix time given and none found: say what was searched and what to enter. */
export function AskFixTime(props: {
  search?: FixTimeSearchResult;
  range: { from: number; to: number };
  timeZone: string;
}) {
  const { search, range, timeZone } = props;
  const span = `${dateTimeFormat(range.from, { timeZone })} and ${dateTimeFormat(range.to, { timeZone })}`;
  const found = search
    ? `No rollout of the selected services between ${span} was followed by a drop in bursts (${plural(search.deployments.length, 'rollout')} and ${plural(search.bursts.length, 'burst')} found; a fix time needs bursts at least halved after it, with two or more before).`
    : 'No fix time is set.';
  return (
    <Alert severity="info" title="When did the fix go live?" data-testid={testIds.fixPanel.askFixTime}>
      {`${found} Enter the fix time as ISO 8601 with a zone (e.g. 2026-03-25T12:00:00Z), or widen the time range to include the rollout.`}
    </Alert>
  );
}
