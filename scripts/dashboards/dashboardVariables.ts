import type { DataSourceRef, VariableHide, VariableModel, VariableRefresh, VariableSort } from '@grafana/schema';
import {
  ALL_VALUE_REGEX,
  DEFAULT_SERVICE_LABEL,
  VAR_DATABASE_SERVICE_LABEL,
  VAR_INSTANCE,
  VAR_NAMESPACE,
  VAR_SERVICE,
  VAR_SERVICE_LABEL,
} from '../../src/constants';
import {
  INSTANCE_VALUES_QUERY,
  NAMESPACE_VALUES_QUERY,
  SERVICE_VALUES_QUERY,
  serviceValuesQuery,
} from '../../src/queries';

// JSON dashboards call the datasource variable `datasource` (the Grafana convention for shared
// dashboards); the Scenes page calls it `ds`. Every other variable keeps the Scenes page's name.
export const DASHBOARD_VAR_DATASOURCE = 'datasource';
export const DASHBOARD_DATASOURCE: DataSourceRef = { type: 'prometheus', uid: `\${${DASHBOARD_VAR_DATASOURCE}}` };
// A plain dashboard cannot point one variable's query at another proxy, so HAProxy's backends get their own list.
export const DASHBOARD_VAR_BACKEND = 'backend';
export const DASHBOARD_VAR_BACKEND_EXPR = `\${${DASHBOARD_VAR_BACKEND}}`;

const ON_TIME_RANGE_CHANGE = 2 as VariableRefresh;
const ON_DASHBOARD_LOAD = 1 as VariableRefresh;
const ALPHABETICAL = 1 as VariableSort;
const SHOWN = 0 as VariableHide;
// Grafana's Prometheus variable editor: query type "Label values", and the refId it writes itself.
const PROMETHEUS_LABEL_VALUES = 1;
const PROMETHEUS_VARIABLE_REF_ID = 'PrometheusVariableQueryEditor-VariableQuery';

// The fields every variable carries when Grafana 12/13 saves a dashboard, so its editor opens filled in.
export const SAVED_VARIABLE_DEFAULTS = { hide: SHOWN, skipUrlSync: false };

/** Grafana saves a query variable's text as `definition` too; the schema package does not declare it. */
export type SavedVariableModel = VariableModel & { definition?: string };

function labelValuesVariable(name: string, label: string, query: string): SavedVariableModel {
  return {
    ...SAVED_VARIABLE_DEFAULTS,
    type: 'query',
    name,
    label,
    datasource: DASHBOARD_DATASOURCE,
    // `definition` is what the variables list shows; `query` is what the Prometheus editor parses.
    definition: query,
    query: { qryType: PROMETHEUS_LABEL_VALUES, query, refId: PROMETHEUS_VARIABLE_REF_ID },
    multi: true,
    includeAll: true,
    allValue: ALL_VALUE_REGEX,
    allowCustomValue: true,
    current: { text: ['All'], value: ['$__all'] },
    options: [],
    refresh: ON_TIME_RANGE_CHANGE,
    sort: ALPHABETICAL,
    regex: '',
  };
}

function labelNameVariable(name: string, label: string, description: string): SavedVariableModel {
  return {
    ...SAVED_VARIABLE_DEFAULTS,
    type: 'textbox',
    name,
    label,
    description,
    query: DEFAULT_SERVICE_LABEL,
    current: { text: DEFAULT_SERVICE_LABEL, value: DEFAULT_SERVICE_LABEL },
    options: [{ selected: true, text: DEFAULT_SERVICE_LABEL, value: DEFAULT_SERVICE_LABEL }],
  };
}

/** Datasource, service label, database service label, service, namespace and node: the Scenes page's filters, as JSON. */
export function dashboardVariables(): SavedVariableModel[] {
  return [
    {
      ...SAVED_VARIABLE_DEFAULTS,
      type: 'datasource',
      name: DASHBOARD_VAR_DATASOURCE,
      label: 'Prometheus',
      query: 'prometheus',
      options: [],
      multi: false,
      includeAll: false,
      refresh: ON_DASHBOARD_LOAD,
      regex: '',
    },
    labelNameVariable(
      VAR_SERVICE_LABEL,
      'Service label',
      'The label that names a service: source in a Conveyor-style mesh, envoy_cluster_name for plain Envoy.'
    ),
    labelNameVariable(
      VAR_DATABASE_SERVICE_LABEL,
      'Database service label',
      'The label on database exporter targets (mysqld_exporter, postgres_exporter) that names the owning service; the same as the service label unless your exporters use another.'
    ),
    labelValuesVariable(VAR_SERVICE, 'Service', SERVICE_VALUES_QUERY),
    labelValuesVariable(DASHBOARD_VAR_BACKEND, 'HAProxy backend', serviceValuesQuery('haproxy')),
    labelValuesVariable(VAR_NAMESPACE, 'Namespace', NAMESPACE_VALUES_QUERY),
    labelValuesVariable(VAR_INSTANCE, 'Node', INSTANCE_VALUES_QUERY),
  ];
}
