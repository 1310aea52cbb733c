import React, { useEffect, useState } from 'react';
import { lastValueFrom } from 'rxjs';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert, Button, Field, FieldSet, Input } from '@grafana/ui';
import { readAppSettings, validateAppSettings, type AppSettings } from '../../app/appSettings';
import { testIds } from '../testIds';
import {
  AssumptionsFieldSet,
  assumptionsFromTexts,
  textsFromAssumptions,
  type AssumptionTexts,
} from './AssumptionsFieldSet';
import { canEditOrgSettings } from './orgSettingsPermission';
import { SettingTextField } from './SettingTextField';
import { TimeoutsFieldSet, textsFromTimeouts, timeoutsFromTexts, type TimeoutTexts } from './TimeoutsFieldSet';
import { reloadPage } from './reloadPage';
import { fetchErrorText } from '../../app/fetchErrorText';
import { forgetSaved, justSaved, rememberSaved } from './savedNotice';

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppSettings>> {}

async function saveSettings(meta: AppPluginMeta<AppSettings>, jsonData: AppSettings): Promise<void> {
  await lastValueFrom(
    getBackendSrv().fetch({
      url: `/api/plugins/${meta.id}/settings`,
      method: 'POST',
      data: { enabled: meta.enabled, pinned: meta.pinned, jsonData: { ...meta.jsonData, ...jsonData } },
      // The page says what happened itself (a toast too would say it twice).
      showSuccessAlert: false,
      showErrorAlert: false,
    })
  );
}

const AppConfig = ({ plugin }: AppConfigProps) => {
  const initial = readAppSettings(plugin.meta.jsonData);
  const [settings, setSettings] = useState<AppSettings>(initial);
  const [assumptionTexts, setAssumptionTexts] = useState<AssumptionTexts>(() =>
    textsFromAssumptions(plugin.meta.jsonData?.assumptions)
  );
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | undefined>(() =>
    justSaved() ? { kind: 'saved', text: 'Saved. Every page of the app now starts from these defaults.' } : undefined
  );
  const [timeoutTexts, setTimeoutTexts] = useState<TimeoutTexts>(() =>
    textsFromTimeouts(plugin.meta.jsonData?.timeouts)
  );
  useEffect(forgetSaved, []);
  const [saving, setSaving] = useState(false);
  const editable = canEditOrgSettings();
  const assumptions = assumptionsFromTexts(assumptionTexts);
  const errors = validateAppSettings({ ...settings, assumptions: assumptions as AppSettings['assumptions'] });
  const timeouts = timeoutsFromTexts(timeoutTexts);
  const hasErrors = Object.keys(errors).length > 0 || Object.keys(timeouts.errors).length > 0;

  const onSave = async () => {
    setSaving(true);
    try {
      await saveSettings(plugin.meta, {
        serviceLabel: settings.serviceLabel,
        databaseServiceLabel: settings.databaseServiceLabel || undefined,
        defaultDatasourceUid: settings.defaultDatasourceUid,
        assumptions: assumptions as AppSettings['assumptions'],
        timeouts: timeouts.timeouts,
      });
      rememberSaved();
      reloadPage();
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not save: ${fetchErrorText(e)}` });
      setSaving(false);
    }
  };

  return (
    <div data-testid={testIds.appConfig.container}>
      {!editable && (
        <Alert severity="info" title="Read only" data-testid={testIds.appConfig.readOnly}>
          Changing these organisation-wide defaults needs Grafana&apos;s plugins:write permission (organisation admins
          have it).
        </Alert>
      )}
      <FieldSet label="Query defaults">
        <SettingTextField
          label="Service label"
          description="The label that names a service on Envoy metrics: source (Conveyor mesh), envoy_cluster_name (plain Envoy)…"
          testId={testIds.appConfig.serviceLabel}
          value={settings.serviceLabel}
          error={errors.serviceLabel}
          editable={editable}
          onChange={(serviceLabel) => setSettings({ ...settings, serviceLabel })}
        />
        <SettingTextField
          label="Database service label"
          description="The label on database exporter targets (mysqld_exporter, postgres_exporter) that names the owning service, e.g. service. Empty: the service label."
          testId={testIds.appConfig.databaseServiceLabel}
          value={settings.databaseServiceLabel}
          error={errors.databaseServiceLabel}
          placeholder={settings.serviceLabel}
          editable={editable}
          onChange={(databaseServiceLabel) => setSettings({ ...settings, databaseServiceLabel })}
        />
        <Field label="Default Prometheus datasource UID" description="Empty: Grafana's default Prometheus datasource.">
          <Input
            data-testid={testIds.appConfig.datasourceUid}
            value={settings.defaultDatasourceUid ?? ''}
            disabled={!editable}
            onChange={(e) => setSettings({ ...settings, defaultDatasourceUid: e.currentTarget.value.trim() })}
          />
        </Field>
      </FieldSet>
      <AssumptionsFieldSet
        texts={assumptionTexts}
        errors={errors.assumptions ?? {}}
        editable={editable}
        onChange={setAssumptionTexts}
      />
      <TimeoutsFieldSet texts={timeoutTexts} errors={timeouts.errors} editable={editable} onChange={setTimeoutTexts} />
      {status && (
        <Alert
          severity={status.kind === 'saved' ? 'success' : 'error'}
          title={status.text}
          data-testid={testIds.appConfig.status}
        />
      )}
      <Button data-testid={testIds.appConfig.submit} disabled={!editable || hasErrors || saving} onClick={onSave}>
        {saving ? 'Saving…' : 'Save settings'}
      </Button>
    </div>
  );
};

export default AppConfig;
