import { CliError } from '../cliError';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A Prometheus label name a user may group by: names starting with __ are Prometheus's own. */
export function labelNameArg(flag: string, raw: string): string {
  if (!LABEL_NAME.test(raw) || raw.startsWith('__')) {
    throw new CliError(
      `${flag} "${raw}" is not a Prometheus label name (letters, digits and _, not starting with a digit or __), e.g. source or envoy_cluster_name`
    );
  }
  return raw;
}
