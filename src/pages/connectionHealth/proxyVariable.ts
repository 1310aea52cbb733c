import { CustomVariable, sceneGraph, type SceneObject } from '@grafana/scenes';
import { PROXY_AUTO, VAR_PROXY } from '../../constants';
import { DEFAULT_PROXY, PROXIES, detectProxy, isProxyId, proxyProfile, type ProxyId } from '../../queries';

/** The choice list, with what auto-detection found in the first option's label. */
function choices(detected?: ProxyId): string {
  const auto = detected ? `Auto (${proxyProfile(detected).name})` : 'Auto';
  return [`${auto} : ${PROXY_AUTO}`, ...PROXIES.map((p) => `${p.name} : ${p.id}`)].join(', ');
}

/** The proxy chooser: Auto (detected from the scraped metric names), Envoy or HAProxy. */
export function proxyVariable(): CustomVariable {
  return new CustomVariable({ name: VAR_PROXY, label: 'Proxy', query: choices(), value: PROXY_AUTO, text: 'Auto' });
}

/** The proxy the page shows: the chosen one, or on Auto the one whose metrics are scraped (Envoy when neither is). */
export function effectiveProxy(scene: SceneObject, metricNames?: ReadonlySet<string>): ProxyId {
  const chosen = String(sceneGraph.lookupVariable(VAR_PROXY, scene)?.getValue() ?? PROXY_AUTO);
  if (isProxyId(chosen)) {
    return chosen;
  }
  return (metricNames && detectProxy(metricNames)) || DEFAULT_PROXY;
}

/** Shows what Auto resolved to in the chooser itself, so nobody has to guess. */
export function labelAutoChoice(scene: SceneObject, metricNames: ReadonlySet<string>): void {
  const variable = sceneGraph.lookupVariable(VAR_PROXY, scene);
  if (!(variable instanceof CustomVariable)) {
    return;
  }
  const query = choices(detectProxy(metricNames));
  if (variable.state.query !== query) {
    variable.setState({ query });
    variable.refreshOptions();
  }
}
