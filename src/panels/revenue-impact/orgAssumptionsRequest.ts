import { getBackendSrv } from '@grafana/runtime';
import type { AppSettings } from '../../app/appSettings';
import { fetchErrorText } from '../../app/fetchErrorText';
import { PLUGIN_ID } from '../../constants';
import type { Assumptions } from '../../impact/assumptions';

const APP_SETTINGS_URL = `/api/plugins/${PLUGIN_ID}/settings`;

export interface OrgAssumptionsAnswer {
  assumptions: Partial<Assumptions>;
  /** Why the organisation's own assumptions are not in use (the seed's values fill in); absent when they are. */
  problem?: string;
}

interface PluginSettings {
  enabled?: boolean;
  jsonData?: AppSettings | null;
}

function answerFrom(settings: PluginSettings | undefined): OrgAssumptionsAnswer {
  const assumptions = settings?.jsonData?.assumptions ?? {};
  if (settings?.enabled === false) {
    return { assumptions, problem: 'The Connection Health app is not enabled in this organisation' };
  }
  if (Object.keys(assumptions).length === 0) {
    return {
      assumptions,
      problem: "This organisation has saved no business-impact assumptions (the app's configuration page)",
    };
  }
  return { assumptions };
}

/** The app's organisation defaults from Grafana's plugin settings API; never rejects. */
export function readOrgAssumptions(): Promise<OrgAssumptionsAnswer> {
  return new Promise<PluginSettings>((resolve) =>
    resolve(getBackendSrv().get<PluginSettings>(APP_SETTINGS_URL, undefined, undefined, { showErrorAlert: false }))
  ).then(answerFrom, (e: unknown) => ({
    assumptions: {},
    problem: `Could not read the Connection Health app settings (${fetchErrorText(e)})`,
  }));
}

let prefetched: Promise<OrgAssumptionsAnswer> | undefined;

/** Starts the read while the panel's queries run: the panel renders only once their data is in. */
export function prefetchOrgAssumptions(): void {
  prefetched = readOrgAssumptions();
}

/** The prefetched answer the first time, a fresh read after that. */
export function takeOrgAssumptions(): Promise<OrgAssumptionsAnswer> {
  const answer = prefetched ?? readOrgAssumptions();
  prefetched = undefined;
  return answer;
}
