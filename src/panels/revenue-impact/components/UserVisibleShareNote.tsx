import React from 'react';
import { Badge } from '@grafana/ui';
import type { UserVisibleShare } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';

/** Which share of a burst's upstream failures the figures count as users' (measured at the edge, or assumed), and why. */
export function UserVisibleShareNote({ share, f }: { share: UserVisibleShare; f: Formatters }) {
  return (
    <div data-testid={testIds.revenuePanel.userVisibleShare} data-source={share.source}>
      Failures users saw: {f.percent(share.value)}{' '}
      <Badge text={share.source} color={share.source === 'measured' ? 'green' : 'orange'} /> {share.note}
    </div>
  );
}
