import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Badge, useStyles2, type BadgeColor } from '@grafana/ui';
import type { FixValidation, OverallVerdict } from '../../../fixValidation';
import type { FixTimeSearchResult } from '../../../fixValidation/fetch';
import { testIds } from '../../../components/testIds';

const COLOR: Record<OverallVerdict, BadgeColor> = {
  validated: 'green',
  'not-validated': 'red',
  inconclusive: 'orange',
};

const getStyles = (theme: GrafanaTheme2) => ({
  verdict: css({
    fontSize: theme.typography.h3.fontSize,
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'center',
  }),
  line: css({ color: theme.colors.text.secondary, margin: theme.spacing(0.5, 0) }),
});

function fixSource(search: FixTimeSearchResult | undefined): string {
  const found = search?.candidate;
  if (!found) {
    return 'given';
  }
  const { namespace, deployment } = found.deployment;
  return `found: the rollout of ${namespace}/${deployment} after which bursts fell most clearly (${found.burstsBefore} in the 21 days before, ${found.burstsAfter} after)`;
}

/** The overall verdict, why, and which fix time and windows it is about. */
export function VerdictSummary(props: { validation: FixValidation; search?: FixTimeSearchResult; timeZone: string }) {
  const s = useStyles2(getStyles);
  const { validation: v, search, timeZone } = props;
  const time = (ms: number) => dateTimeFormat(ms, { timeZone });
  const clipped = (c: boolean) => (c ? ' (clipped to the data)' : '');
  return (
    <div>
      <div className={s.verdict}>
        <span>Verdict:</span>
        <Badge text={v.verdict} color={COLOR[v.verdict]} data-testid={testIds.fixPanel.verdict} />
      </div>
      <p className={s.line} data-testid={testIds.fixPanel.reason}>
        {v.reason}.
      </p>
      <p className={s.line} data-testid={testIds.fixPanel.fixTime}>
        Fix at {time(v.windows.fixAt)} ({fixSource(search)}). Before: {time(v.windows.before.from)} →{' '}
        {time(v.windows.before.to)}
        {clipped(v.windows.before.clipped)}. After: {time(v.windows.after.from)} → {time(v.windows.after.to)}
        {clipped(v.windows.after.clipped)}.
      </p>
    </div>
  );
}
