import {
  ConstantVariable,
  MultiValueVariable,
  SceneVariableValueChangedEvent,
  sceneGraph,
  type SceneObject,
} from '@grafana/scenes';
import { VAR_NAMESPACE, VAR_SERVICE } from '../../constants';
import { exactRegex, namespaceCandidates } from '../../fixValidation/namespaces';

function selectedServices(variable: MultiValueVariable): string[] {
  if (variable.hasAllValue()) {
    return variable.state.options.map((o) => String(o.value));
  }
  const value = variable.state.value;
  return (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
}

/** A hidden `namespace` that follows the services: restarts and rollouts are read where the services run. */
export function namespaceVariable(): ConstantVariable {
  return new ConstantVariable({ name: VAR_NAMESPACE, value: '$^', hide: 2 });
}

/**
 * Scene behaviour: keeps `namespace` at the namespaces the selected services' names point at (conveyor-cloud.ns.X → X),
 * as `connhealth validate` derives them, so the restart chart and the timeline show the same restarts as the verdict.
 */
export function namespacesFollowServices(scene: SceneObject): () => void {
  const service = sceneGraph.lookupVariable(VAR_SERVICE, scene);
  const namespace = sceneGraph.lookupVariable(VAR_NAMESPACE, scene);
  if (!(service instanceof MultiValueVariable) || !(namespace instanceof ConstantVariable)) {
    return () => undefined;
  }
  const follow = () => {
    const regex = exactRegex(namespaceCandidates(selectedServices(service)));
    if (regex !== namespace.state.value) {
      namespace.setState({ value: regex });
      namespace.publishEvent(new SceneVariableValueChangedEvent(namespace), true);
    }
  };
  follow();
  const sub = service.subscribeToState(follow);
  return () => sub.unsubscribe();
}
