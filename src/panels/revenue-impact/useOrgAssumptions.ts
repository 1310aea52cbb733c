import { useEffect, useState } from 'react';
import { takeOrgAssumptions, type OrgAssumptionsAnswer } from './orgAssumptionsRequest';

export type OrgAssumptions = { loading: true } | ({ loading: false } & OrgAssumptionsAnswer);

/** The app's organisation defaults (its plugin settings' jsonData), read once per panel. */
export function useOrgAssumptions(): OrgAssumptions {
  const [state, setState] = useState<OrgAssumptions>({ loading: true });
  useEffect(() => {
    let live = true;
    takeOrgAssumptions().then((answer) => live && setState({ loading: false, ...answer }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
