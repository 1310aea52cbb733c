// What Grafana's Prometheus datasource passes as the format when it interpolates a query:
// multi-value and "include All" variables become a regex alternation whose metacharacters are
// escaped twice, once for the regex and once for the PromQL double-quoted string.
function escapeForString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function escapeForRegexInString(value: string): string {
  return value
    .replace(/\\/g, '\\\\\\\\')
    .replace(/[$^*{}[\]'+?.()|]/g, '\\\\$&')
    .replace(/"/g, '\\"');
}

export function interpolatePromValue(
  value: string | string[],
  variable?: { multi?: boolean; includeAll?: boolean; isMulti?: boolean }
): string {
  const regexContext = Boolean(variable && (variable.multi || variable.isMulti || variable.includeAll));
  if (!regexContext) {
    return typeof value === 'string' ? escapeForString(value) : value.map(escapeForString).join(',');
  }
  const values = (typeof value === 'string' ? [value] : value).map(escapeForRegexInString);
  return values.length === 1 ? values[0] : `(${values.join('|')})`;
}
