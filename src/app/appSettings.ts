import { DEFAULT_SERVICE_LABEL } from '../constants';
import {
  resolveAssumptions,
  validateAssumptions,
  type AssumptionErrors,
  type Assumptions,
} from '../impact/assumptions';
import type { TimeoutsJson } from '../impact/timeoutSettings';

/** Organisation-wide settings stored in the app plugin's jsonData (written by admins on the config page). */
export interface AppSettings {
  defaultDatasourceUid?: string;
  serviceLabel?: string;
  /** The label on database exporter targets naming the owning service; empty: the service label (issue 10). */
  databaseServiceLabel?: string;
  /** Organisation defaults of the business-impact model; missing fields fall back to the seed's. */
  assumptions?: Partial<Assumptions>;
  /** Per-hop timeouts, per service with a fleet default (durations as typed, e.g. "15s"). */
  timeouts?: TimeoutsJson;
}

export type SettingsErrors = Partial<
  Record<'serviceLabel' | 'databaseServiceLabel' | 'defaultDatasourceUid', string>
> & {
  assumptions?: AssumptionErrors;
};

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function readAppSettings(jsonData: unknown): AppSettings & { serviceLabel: string; assumptions: Assumptions } {
  const data = (jsonData ?? {}) as AppSettings;
  return {
    defaultDatasourceUid:
      typeof data.defaultDatasourceUid === 'string' && data.defaultDatasourceUid
        ? data.defaultDatasourceUid
        : undefined,
    serviceLabel:
      typeof data.serviceLabel === 'string' && data.serviceLabel ? data.serviceLabel : DEFAULT_SERVICE_LABEL,
    databaseServiceLabel:
      typeof data.databaseServiceLabel === 'string' && data.databaseServiceLabel
        ? data.databaseServiceLabel
        : undefined,
    assumptions: resolveAssumptions(data.assumptions),
  };
}

/** Field-by-field errors, empty when the settings can be saved. */
export function validateAppSettings(settings: AppSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!settings.serviceLabel || !LABEL_NAME.test(settings.serviceLabel)) {
    errors.serviceLabel = `"${settings.serviceLabel ?? ''}" is not a Prometheus label name: use letters, digits and _, not starting with a digit (e.g. source, envoy_cluster_name).`;
  }
  if (settings.databaseServiceLabel && !LABEL_NAME.test(settings.databaseServiceLabel)) {
    errors.databaseServiceLabel = `Database service label: "${settings.databaseServiceLabel}" is not a Prometheus label name: use letters, digits and _, not starting with a digit (e.g. service, app), or leave it empty to use the service label.`;
  }
  const assumptionErrors = validateAssumptions(settings.assumptions ?? {});
  if (Object.keys(assumptionErrors).length > 0) {
    errors.assumptions = assumptionErrors;
  }
  return errors;
}
