import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { selectors } from '@grafana/e2e-selectors';
import type { PanelDataErrorViewProps } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';

// Grafana's message rules for a panel with nothing to draw (its PanelDataErrorView is core, not on npm):
// the panel's "no value" text when no frame has rows, else what the visualisation is missing.
function messageFor({ data, fieldConfig, message, needsNumberField, needsTimeField }: PanelDataErrorViewProps): string {
  if (message) {
    return message;
  }
  if (!data.series?.length || data.series.every((frame) => frame.length === 0)) {
    return fieldConfig?.defaults.noValue ?? 'No data';
  }
  const fields = data.series.flatMap((frame) => frame.fields);
  if (needsNumberField && !fields.some((f) => f.type === 'number')) {
    return 'Data is missing a number field';
  }
  if (needsTimeField && !fields.some((f) => f.type === 'time')) {
    return 'Data is missing a time field';
  }
  return 'Cannot visualize data';
}

/** The host's stand-in for Grafana's PanelDataErrorView (set with setPanelDataErrorView, as Grafana does). */
export function HostPanelDataErrorView(props: PanelDataErrorViewProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.wrapper}>
      <div className={styles.message} data-testid={selectors.components.Panels.Panel.PanelDataErrorMessage}>
        {messageFor(props)}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%', width: '100%' }),
  message: css({ textAlign: 'center', color: theme.colors.text.secondary, fontSize: theme.typography.size.lg }),
});
