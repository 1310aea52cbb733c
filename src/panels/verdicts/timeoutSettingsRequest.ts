import { getBackendSrv } from '@grafana/runtime';
import { fetchErrorText } from '../../app/fetchErrorText';
import { PLUGIN_ID } from '../../constants';
import { readTimeoutSettings, type TimeoutSettings } from '../../impact';

export interface TimeoutSettingsAnswer {
  settings: TimeoutSettings;
  /** Field-named problems with the saved settings, or why they could not be read. */
  errors: string[];
}

/** The organisation's timeout settings (jsonData.timeouts); never rejects. */
export function readOrgTimeouts(): Promise<TimeoutSettingsAnswer> {
  return new Promise<{ jsonData?: { timeouts?: unknown } | null }>((resolve) =>
    resolve(getBackendSrv().get(`/api/plugins/${PLUGIN_ID}/settings`, undefined, undefined, { showErrorAlert: false }))
  ).then(
    (s) => readTimeoutSettings(s?.jsonData?.timeouts ?? {}),
    (e: unknown) => ({
      settings: { fleet: {}, services: {} },
      errors: [`Could not read the Connection Health app settings (${fetchErrorText(e)})`],
    })
  );
}
