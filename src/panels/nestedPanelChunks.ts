import { PLUGIN_ID } from '../constants';

declare let __webpack_get_script_filename__: ((chunkId: string | number) => string) | undefined;
declare const __webpack_public_path__: string | undefined;

/**
 * The app's folder relative to a nested panel's public path: Grafana serves the panel either under the app's
 * folder (`…/sre-connectionhealth-app/panels/<name>/`, also on a CDN) or under its own id (`…/plugins/<panel-id>/`).
 */
export function appFolderFromPanel(panelPublicPath: string): string {
  return /(^|\/)panels\/[^/]+\/$/.test(panelPublicPath) ? '../../' : `../${PLUGIN_ID}/`;
}

/**
 * A nested panel's chunks are the app's (shared with its pages), emitted at the app's root: the panel's runtime
 * fetches them from there while its public path stays its own folder (the ROI worker is served beside module.js).
 */
export function loadChunksFromAppFolder(): void {
  if (typeof __webpack_get_script_filename__ !== 'function' || typeof __webpack_public_path__ !== 'string') {
    return;
  }
  const fileName = __webpack_get_script_filename__;
  const folder = appFolderFromPanel(__webpack_public_path__);
  __webpack_get_script_filename__ = (chunkId) => folder + fileName(chunkId);
}
