import { PLUGIN_BASE_URL } from '../constants';

export function prefixRoute(route: string): string {
  return `${PLUGIN_BASE_URL}/${route}`;
}

/** True for a path under the app's pages (with or without Grafana's sub path), not the plugin's admin page. */
export function isAppPath(path: string): boolean {
  return `${path}/`.includes(`${PLUGIN_BASE_URL}/`);
}
