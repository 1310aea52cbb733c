import { DataSourceVariable, QueryVariable, SceneVariableSet, TextBoxVariable } from '@grafana/scenes';
import {
  ALL_VALUE_REGEX,
  DEFAULT_SERVICE_LABEL,
  VAR_DATABASE_SERVICE_LABEL,
  VAR_DATASOURCE,
  VAR_INSTANCE,
  VAR_NAMESPACE,
  VAR_SERVICE,
  VAR_SERVICE_LABEL,
} from '../../constants';
import { INSTANCE_VALUES_QUERY, NAMESPACE_VALUES_QUERY, SERVICE_VALUES_QUERY } from '../../queries';
import { PROMETHEUS_DATASOURCE } from '../../panels/catalogueQueryRunner';
import { proxyVariable } from './proxyVariable';

export interface VariableDefaults {
  serviceLabel?: string;
  /** The label on database exporter targets naming the owning service; the service label when unset. */
  databaseServiceLabel?: string;
  datasourceUid?: string;
}

export interface VariableOptions {
  /** The Stream 2 page picks one proxy's rows; pages that read every proxy at once have no chooser. */
  proxyChooser?: boolean;
}

function labelValuesVariable(name: string, label: string, query: string): QueryVariable {
  return new QueryVariable({
    name,
    label,
    datasource: PROMETHEUS_DATASOURCE,
    // The Prometheus datasource migrates a classic label_values() string to its own query model.
    query,
    isMulti: true,
    includeAll: true,
    defaultToAll: true,
    allValue: ALL_VALUE_REGEX,
    refresh: 2,
    sort: 1,
  });
}

/** Datasource, proxy, service label, database service label, service, namespace and node: the filters every row shares. */
export function connectionHealthVariables(
  defaults: VariableDefaults = {},
  options: VariableOptions = {}
): SceneVariableSet {
  return new SceneVariableSet({
    variables: [
      new DataSourceVariable({
        name: VAR_DATASOURCE,
        label: 'Prometheus',
        pluginId: 'prometheus',
        value: defaults.datasourceUid ?? '',
      }),
      ...(options.proxyChooser ? [proxyVariable()] : []),
      new TextBoxVariable({
        name: VAR_SERVICE_LABEL,
        label: 'Service label',
        value: defaults.serviceLabel || DEFAULT_SERVICE_LABEL,
      }),
      new TextBoxVariable({
        name: VAR_DATABASE_SERVICE_LABEL,
        label: 'Database service label',
        description: 'The label on database exporter targets that names the owning service.',
        value: defaults.databaseServiceLabel || defaults.serviceLabel || DEFAULT_SERVICE_LABEL,
      }),
      labelValuesVariable(VAR_SERVICE, 'Service', SERVICE_VALUES_QUERY),
      labelValuesVariable(VAR_NAMESPACE, 'Namespace', NAMESPACE_VALUES_QUERY),
      labelValuesVariable(VAR_INSTANCE, 'Node', INSTANCE_VALUES_QUERY),
    ],
  });
}
