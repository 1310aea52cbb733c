import { QueryVariable, SceneGridLayout, sceneGraph, type EmbeddedScene } from '@grafana/scenes';
import { VAR_SERVICE } from '../../constants';
import { serviceValuesQuery, type ProxyId } from '../../queries';
import { connectionHealthRows, rowsProxy } from './connectionHealthRows';

/** Rebuilds the rows from the catalogue's view for `proxy` and points the service variable at that proxy's services. */
export function switchProxy(scene: EmbeddedScene, proxy: ProxyId): void {
  const body = scene.state.body;
  if (body instanceof SceneGridLayout && rowsProxy(body) === proxy) {
    return;
  }
  scene.setState({ body: connectionHealthRows(proxy) });
  const service = sceneGraph.lookupVariable(VAR_SERVICE, scene);
  const query = serviceValuesQuery(proxy);
  if (service instanceof QueryVariable && service.state.query !== query) {
    service.setState({ query });
    service.refreshOptions();
  }
}
