import { parser } from '@prometheus-io/lezer-promql';

/** Positions where the Prometheus project's own PromQL grammar finds an error; empty when the query parses. */
export function promqlSyntaxErrors(expr: string): number[] {
  const errors: number[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) {
        errors.push(node.from);
      }
    },
  });
  return errors;
}

// Grafana variables stand where PromQL expects a label name or a duration; regex values sit inside strings.
export function withGrafanaPlaceholders(expr: string): string {
  return expr
    .split('${dblabel}')
    .join('grafana_database_label_variable')
    .split('${label}')
    .join('grafana_label_variable')
    .split('$__rate_interval')
    .join('1m')
    .split('$__range')
    .join('1h');
}
