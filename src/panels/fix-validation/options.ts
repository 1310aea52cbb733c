import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { addRevenueImpactOptions, type RevenueImpactOptions } from '../revenue-impact/options';

/** Text options may hold dashboard variables; the panel interpolates them. Assumptions as on the ROI panel. */
export type FixValidationOptions = RevenueImpactOptions & {
  /** ISO 8601 with a zone; empty: search the dashboard's range for the default (when searchDefault). */
  fixAt?: string;
  before?: string;
  after?: string;
  /** A Prometheus datasource by uid, name or variable. */
  prometheus?: string;
  serviceLabel?: string;
  /** The label on database exporter targets naming the owning service; empty: the service label. */
  databaseServiceLabel?: string;
  /** A regex over the service label's values; a multi-value variable is interpolated as a regex. */
  services?: string;
  /** Plain dashboards search their range for a fix time; the app page searches itself and turns this off. */
  searchDefault?: boolean;
};

// The bundled dashboards' variable names: a plain dashboard built from them needs no option set.
export const FIX_PANEL_DEFAULTS = {
  prometheus: '${datasource}',
  serviceLabel: '${label}',
  databaseServiceLabel: '${dblabel}',
  services: '${service}',
  fixAt: '${fixAt}',
} as const;

export function addFixValidationOptions(builder: PanelOptionsEditorBuilder<FixValidationOptions>) {
  const fix = ['Fix'];
  builder
    .addTextInput({
      path: 'fixAt',
      name: 'Fix time',
      description:
        'When the fix went live, ISO 8601 with a zone (2026-03-25T12:00:00Z) or a variable. Empty: the rollout in the dashboard’s range after which bursts fell most clearly.',
      defaultValue: FIX_PANEL_DEFAULTS.fixAt,
      category: fix,
    })
    .addTextInput({
      path: 'before',
      name: 'Window before',
      description: 'Length of the window before the fix (21d, 3w, 36h). Empty: the same as after, or 21d.',
      category: fix,
    })
    .addTextInput({
      path: 'after',
      name: 'Window after',
      description:
        'Length of the window after the fix, clipped to the data and to now. Empty: the same as before, or 21d.',
      category: fix,
    })
    .addBooleanSwitch({
      path: 'searchDefault',
      name: 'Find the fix time when empty',
      description: 'Search the dashboard’s range for the rollout after which bursts fell most clearly.',
      defaultValue: true,
      category: fix,
    })
    .addTextInput({
      path: 'prometheus',
      name: 'Prometheus datasource',
      description: 'Uid, name or variable of a Prometheus (or Thanos, Mimir) datasource.',
      defaultValue: FIX_PANEL_DEFAULTS.prometheus,
      category: ['Selection'],
    })
    .addTextInput({
      path: 'serviceLabel',
      name: 'Service label',
      description:
        'The label that names a service: source in a Conveyor-style mesh, envoy_cluster_name for plain Envoy.',
      defaultValue: FIX_PANEL_DEFAULTS.serviceLabel,
      category: ['Selection'],
    })
    .addTextInput({
      path: 'databaseServiceLabel',
      name: 'Database service label',
      description:
        'The label on database exporter targets that names the owning service. Empty or undefined variable: the service label.',
      defaultValue: FIX_PANEL_DEFAULTS.databaseServiceLabel,
      category: ['Selection'],
    })
    .addTextInput({
      path: 'services',
      name: 'Services',
      description: 'A regex over the service label’s values, or a multi-value variable. Empty: every service.',
      defaultValue: FIX_PANEL_DEFAULTS.services,
      category: ['Selection'],
    });
  return addRevenueImpactOptions(builder as unknown as PanelOptionsEditorBuilder<RevenueImpactOptions>);
}
