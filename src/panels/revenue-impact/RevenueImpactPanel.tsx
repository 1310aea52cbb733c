import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, PanelProps } from '@grafana/data';
import { Alert, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { resolveAssumptions, validateAssumptions, type Assumptions, type LiveImpact } from '../../impact';
import { testIds } from '../../components/testIds';
import { BurstTable } from './components/BurstTable';
import { ImpactHeadline } from './components/ImpactHeadline';
import { InputsTable } from './components/InputsTable';
import { UserVisibleShareNote } from './components/UserVisibleShareNote';
import { ScenarioTable } from './components/ScenarioTable';
import { SensitivityTable } from './components/SensitivityTable';
import { getTableStyles } from './components/tableStyles';
import { framesToDatabaseSeries } from './framesToDatabaseSeries';
import { framesToLiveSeries } from './framesToLiveSeries';
import { formatters } from './formatters';
import { DEFAULT_CURRENCY_UNIT, type RevenueImpactOptions } from './options';
import { useOrgAssumptions } from './useOrgAssumptions';
import { ComputingNote } from './components/ComputingNote';
import { useLiveImpact } from './compute/useLiveImpact';

const getStyles = (theme: GrafanaTheme2) => ({
  container: css({ height: '100%', overflow: 'auto', padding: theme.spacing(0.5) }),
  stale: css({ opacity: 0.55 }),
});

const MISSING_TEXT: Record<string, string> = {
  rxReset: 'stream resets (rx_reset)',
  remoteCloseRatio: 'remote closes with active requests',
  closeWait: 'CLOSE_WAIT socket counts (node_exporter --collector.tcpstat)',
  pages: 'downstream page requests (envoy_http_downstream_rq_total)',
};

function overridesOf(options: RevenueImpactOptions): Partial<Record<keyof Assumptions, unknown>> {
  const { frontendService, currencyUnit, ...overrides } = options;
  return overrides;
}

export function RevenueImpactPanel({ data, options, timeRange, timeZone }: PanelProps<RevenueImpactOptions>) {
  const s = useStyles2(getStyles);
  const org = useOrgAssumptions();
  const overrideErrors = Object.values(validateAssumptions(overridesOf(options)));
  const orgAssumptions = org.loading ? undefined : org.assumptions;
  // Not before the organisation's assumptions are in: the figures would be computed twice.
  const request = useMemo(
    () =>
      orgAssumptions && {
        series: framesToLiveSeries(data.series),
        options: {
          from: (data.timeRange ?? timeRange).from.valueOf(),
          to: (data.timeRange ?? timeRange).to.valueOf(),
          assumptions: resolveAssumptions(orgAssumptions, overridesOf(options)),
          frontendService: options.frontendService || undefined,
          database: framesToDatabaseSeries(data.series),
        },
      },
    [data.series, data.timeRange, timeRange, orgAssumptions, options]
  );
  const { live, computing, error, computedIn } = useLiveImpact(request);

  if (org.loading) {
    return <LoadingPlaceholder text="Reading the organisation's assumptions…" />;
  }
  const stale = Boolean(live && (computing || error));
  return (
    <div className={s.container} data-testid={testIds.revenuePanel.container}>
      <ComputingNote computing={computing} error={error} showingPrevious={stale} />
      {org.problem && (
        <Alert
          severity="warning"
          title="Using the seed's default assumptions"
          data-testid={testIds.revenuePanel.defaultsNote}
        >
          {`${org.problem}: the figures use seed 000's values (GMV/session 2.37, margin 25%, …) wherever the panel options set none.`}
        </Alert>
      )}
      {overrideErrors.length > 0 && (
        <Alert severity="error" title="Ignored assumptions" data-testid={testIds.revenuePanel.invalidOverrides}>
          {overrideErrors.join(' ')}
        </Alert>
      )}
      {live && (
        <div
          className={stale ? s.stale : undefined}
          data-testid={testIds.revenuePanel.result}
          data-stale={stale}
          data-computed-in={computedIn}
        >
          <ImpactResult live={live} options={options} timeZone={timeZone} />
        </div>
      )}
    </div>
  );
}

function ImpactResult({
  live,
  options,
  timeZone,
}: {
  live: LiveImpact;
  options: RevenueImpactOptions;
  timeZone: string;
}) {
  const t = useStyles2(getTableStyles);
  const f = formatters(options.currencyUnit || DEFAULT_CURRENCY_UNIT);
  if (live.missing.includes('errors') || live.missing.includes('requests')) {
    return (
      <Alert severity="info" title="No data" data-testid={testIds.revenuePanel.noData}>
        No upstream 5xx or request-rate series in this range (envoy_cluster_upstream_rq_xx and
        envoy_cluster_upstream_rq_total, from Envoy cluster stats). Check the datasource, the service label and the time
        range.
      </Alert>
    );
  }
  const partial = live.missing.filter((m) => MISSING_TEXT[m]);
  return (
    <>
      {live.warnings.length > 0 && (
        <Alert
          severity="warning"
          title="Check before you trust these figures"
          data-testid={testIds.revenuePanel.warnings}
        >
          <ul>
            {live.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      {partial.length > 0 && (
        <Alert severity="info" title="Partial data" data-testid={testIds.revenuePanel.partialData}>
          {`No ${partial.map((m) => MISSING_TEXT[m]).join(', ')} in this range: the inputs they measure are assumed instead.`}
        </Alert>
      )}
      <ImpactHeadline live={live} f={f} />
      <div className={t.section}>
        <h6 className={t.heading}>Bursts</h6>
        {live.bursts.length ? (
          <BurstTable bursts={live.bursts} f={f} timeZone={timeZone} />
        ) : (
          <Alert severity="success" title="No 5xx bursts found" data-testid={testIds.revenuePanel.noBursts}>
            No service&apos;s 5xx ratio stayed well above its own baseline for 5 minutes in this range, so nothing is at
            risk from bursts here.
          </Alert>
        )}
      </div>
      <div className={t.section}>
        <ScenarioTable scenarios={live.scenarios} f={f} />
      </div>
      <div className={t.section}>
        <SensitivityTable rows={live.sensitivity} f={f} />
      </div>
      <div className={t.section}>
        <InputsTable inputs={live.inputs} f={f} />
        <UserVisibleShareNote share={live.userVisibleShare} f={f} />
      </div>
    </>
  );
}
