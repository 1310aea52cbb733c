import { useEffect, useState } from 'react';
import { getBackendSrv } from '@grafana/runtime';
import type { Assumptions } from '../../impact/assumptions';

const APP_SETTINGS_URL = '/api/plugins/sre-connectionhealth-app/settings';

export interface OrgAssumptions {
  loading: boolean;
  assumptions?: Partial<Assumptions>;
  /** Why the organisation defaults could not be read; the seed's values are used instead. */
  problem?: string;
}

/** The app's organisation defaults (its plugin settings' jsonData), read once per panel. */
export function useOrgAssumptions(): OrgAssumptions {
  const [state, setState] = useState<OrgAssumptions>({ loading: true });
  useEffect(() => {
    let live = true;
    getBackendSrv()
      .get<{ jsonData?: { assumptions?: Partial<Assumptions> } }>(APP_SETTINGS_URL, undefined, undefined, {
        showErrorAlert: false,
      })
      .then(
        (settings) => live && setState({ loading: false, assumptions: settings?.jsonData?.assumptions ?? {} }),
        (e: unknown) => {
          const text = e && typeof e === 'object' && 'status' in e ? `HTTP ${String(e.status)}` : String(e);
          live && setState({ loading: false, problem: `could not read the Connection Health app settings (${text})` });
        }
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
