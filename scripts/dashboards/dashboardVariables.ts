import type { DataSourceRef, VariableModel, VariableRefresh, VariableSort } from '@grafana/schema';
import {
  ALL_VALUE_REGEX,
  DEFAULT_SERVICE_LABEL,
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

function labelValuesVariable(name: string, label: string, query: string): VariableModel {
  return {
    type: 'query',
    name,
    label,
    datasource: DASHBOARD_DATASOURCE,
    query: { refId: `${name}-values`, query, qryType: 1 },
    multi: true,
    includeAll: true,
    allValue: ALL_VALUE_REGEX,
    current: { text: ['All'], value: ['$__all'] },
    refresh: ON_TIME_RANGE_CHANGE,
    sort: ALPHABETICAL,
    regex: '',
  };
}

/** Datasource, service label, service, namespace and node: the Scenes page's filters, as JSON. */
export function dashboardVariables(): VariableModel[] {
  return [
    {
      type: 'datasource',
      name: DASHBOARD_VAR_DATASOURCE,
      label: 'Prometheus',
      query: 'prometheus',
      refresh: ON_DASHBOARD_LOAD,
      regex: '',
    },
    {
      type: 'textbox',
      name: VAR_SERVICE_LABEL,
      label: 'Service label',
      description:
        'The label that names a service: source in a Conveyor-style mesh, envoy_cluster_name for plain Envoy.',
      query: DEFAULT_SERVICE_LABEL,
      current: { text: DEFAULT_SERVICE_LABEL, value: DEFAULT_SERVICE_LABEL },
    },
    labelValuesVariable(VAR_SERVICE, 'Service', SERVICE_VALUES_QUERY),
    labelValuesVariable(DASHBOARD_VAR_BACKEND, 'HAProxy backend', serviceValuesQuery('haproxy')),
    labelValuesVariable(VAR_NAMESPACE, 'Namespace', NAMESPACE_VALUES_QUERY),
    labelValuesVariable(VAR_INSTANCE, 'Node', INSTANCE_VALUES_QUERY),
  ];
}
