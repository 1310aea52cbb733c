import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, PanelProps } from '@grafana/data';
import { Alert, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { resolveAssumptions, type Assumptions } from '../../impact';
import { testIds } from '../../components/testIds';
import { getTableStyles } from '../revenue-impact/components/tableStyles';
import { formatters } from '../revenue-impact/formatters';
import { DEFAULT_CURRENCY_UNIT } from '../revenue-impact/options';
import { useOrgAssumptions } from '../revenue-impact/useOrgAssumptions';
import { AskFixTime } from './components/AskFixTime';
import { PreliminaryNote } from './components/PreliminaryNote';
import { SavingsTable } from './components/SavingsTable';
import { VerdictSummary } from './components/VerdictSummary';
import { VerdictTable } from './components/VerdictTable';
import { useTellFirstAnswer } from './firstAnswer';
import { fixValidationInputs } from './fixValidationInputs';
import type { FixValidationOptions } from './options';
import { useFixValidation, type FixValidationRequest } from './useFixValidation';

const getStyles = (theme: GrafanaTheme2) => ({
  container: css({ height: '100%', overflow: 'auto', padding: theme.spacing(0.5) }),
  notes: css({ color: theme.colors.text.secondary, paddingLeft: theme.spacing(2) }),
});

function assumptionOverrides(options: FixValidationOptions): Partial<Record<keyof Assumptions, unknown>> {
  const {
    fixAt,
    before,
    after,
    prometheus,
    serviceLabel,
    databaseServiceLabel,
    services,
    searchDefault,
    frontendService,
    currencyUnit,
    ...rest
  } = options;
  return rest;
}

/** "Did the fix work, how sure are we, and what has it returned?": the verdict table and the savings, live. */
export function FixValidationPanel({
  options,
  replaceVariables,
  timeRange,
  timeZone,
}: PanelProps<FixValidationOptions>) {
  const s = useStyles2(getStyles);
  const t = useStyles2(getTableStyles);
  const org = useOrgAssumptions();
  const f = formatters(options.currencyUnit || DEFAULT_CURRENCY_UNIT);
  const inputs = fixValidationInputs(options, replaceVariables);
  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const request = useMemo((): FixValidationRequest | undefined => {
    if (org.loading || 'problem' in inputs) {
      return undefined;
    }
    return {
      inputs,
      assumptions: resolveAssumptions(org.assumptions, assumptionOverrides(options)),
      frontendService: options.frontendService || undefined,
      range: { from, to },
    };
  }, [org, inputs, options, from, to]);
  const state = useFixValidation(request);
  useTellFirstAnswer('problem' in inputs || !(state.status === 'waiting' || state.status === 'running'));

  if ('problem' in inputs || state.status === 'problem') {
    return (
      <Alert severity="warning" title="Cannot validate the fix" data-testid={testIds.fixPanel.problem}>
        {'problem' in inputs ? inputs.problem : state.status === 'problem' && state.problem}
      </Alert>
    );
  }
  if (state.status === 'ask') {
    return <AskFixTime search={state.search} range={state.range} timeZone={timeZone} />;
  }
  if (state.status !== 'done') {
    return (
      <div data-testid={testIds.fixPanel.running}>
        <LoadingPlaceholder
          text={state.status === 'running' ? state.step : 'Reading the organisation’s assumptions…'}
        />
      </div>
    );
  }
  const { validation, search, preliminary, query } = state;
  return (
    <div className={s.container} data-testid={testIds.fixPanel.container} data-refined={!preliminary}>
      {preliminary && <PreliminaryNote stepSeconds={query.stepSeconds} fineStepSeconds={preliminary.fineStepSeconds} />}
      <VerdictSummary validation={validation} search={search} timeZone={timeZone} />
      <div className={t.section}>
        <VerdictTable criteria={validation.criteria} f={f} />
      </div>
      <div className={t.section}>
        <h6 className={t.heading}>Savings (the ROI panel’s model on each window)</h6>
        <SavingsTable savings={validation.savings} f={f} timeZone={timeZone} />
      </div>
      <ul className={s.notes} data-testid={testIds.fixPanel.notes}>
        {validation.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
