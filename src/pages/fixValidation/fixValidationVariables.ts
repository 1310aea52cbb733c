import { SceneVariableSet } from '@grafana/scenes';
import { VAR_INSTANCE, VAR_NAMESPACE } from '../../constants';
import { connectionHealthVariables, type VariableDefaults } from '../connectionHealth/connectionHealthVariables';
import { namespaceVariable } from './namespacesFollowServices';

/** The Stream 2 filters (datasource, service label, services), with namespaces following the services, not chosen. */
export function fixValidationVariables(defaults: VariableDefaults = {}): SceneVariableSet {
  const shared = connectionHealthVariables(defaults)
    .state.variables.filter((v) => v.state.name !== VAR_NAMESPACE && v.state.name !== VAR_INSTANCE)
    .map((v) => v.clone());
  return new SceneVariableSet({ variables: [...shared, namespaceVariable()] });
}
