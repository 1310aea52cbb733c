import { config } from '@grafana/runtime';

/** The action Grafana's plugin settings API checks before it saves (RBAC; org admins hold it). */
export const PLUGINS_WRITE = 'plugins:write';

/**
 * Whether the signed-in user may change the organisation defaults. Grafana sends the user's RBAC actions in its
 * boot data (what `hasPermission` reads); a Grafana that sends none falls back to the organisation role.
 */
export function canEditOrgSettings(): boolean {
  const user = config.bootData?.user;
  if (!user) {
    return false;
  }
  if (user.permissions) {
    return Boolean(user.permissions[PLUGINS_WRITE]);
  }
  return user.orgRole === 'Admin' || Boolean(user.isGrafanaAdmin);
}
