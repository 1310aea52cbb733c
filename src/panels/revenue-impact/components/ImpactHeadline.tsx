import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { notAvailable, type LiveImpact } from '../../../impact';
import { testIds } from '../../../components/testIds';
import type { Formatters } from '../formatters';

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', gap: theme.spacing(4), flexWrap: 'wrap' }),
  figure: css({ fontSize: theme.typography.h2.fontSize, fontWeight: theme.typography.fontWeightBold }),
  label: css({ color: theme.colors.text.secondary }),
});

export function ImpactHeadline({ live, f }: { live: LiveImpact; f: Formatters }) {
  const s = useStyles2(getStyles);
  const { impact } = live;
  const why = impact.unavailable;
  const payback = impact.paybackDays === null ? notAvailable(why.paybackDays) : `${impact.paybackDays.toFixed(0)} days`;
  const roi = impact.roiMultiple === null ? notAvailable(why.roiMultiple) : `${impact.roiMultiple.toFixed(1)}×`;
  return (
    <div className={s.row}>
      <div>
        <div className={s.figure} data-testid={testIds.revenuePanel.headline}>
          {f.money(impact.annual.profit, why['annual.profit'])}
        </div>
        <div className={s.label}>annual profit at risk ({f.money(impact.annual.gmv, why['annual.gmv'])} GMV)</div>
      </div>
      <div>
        <div className={s.figure} data-testid={testIds.revenuePanel.payback}>
          {payback}
        </div>
        <div className={s.label}>
          payback of a {f.money(live.inputs.fixCost.value, why.fixCost)} fix · year-1 ROI {roi}
        </div>
      </div>
    </div>
  );
}
