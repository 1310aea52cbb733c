import { parseArgs } from 'node:util';
import {
  CATALOGUE_ENTRIES,
  DEFAULT_PROXY,
  PROXIES,
  catalogueFor,
  isProxyId,
  noEquivalentReason,
  renderExpr,
  type ProxyId,
  type RenderOptions,
} from '../../src/queries';
import { labelNameArg } from '../args/labelNameArg';
import { textArg } from '../args/textArg';
import { CliError } from '../cliError';
import { errorMessage } from '../errorText';

export const QUERIES_USAGE = `connhealth queries [--json] [--rendered] [--proxy envoy|haproxy] [--service-label L]
                   [--services REGEX] [--namespaces REGEX] [--instances REGEX] [--rate-interval 5m] [--range 30d]
  Prints the query catalogue for a proxy (default envoy; haproxy reads HAProxy's exporter, services are
  its backends, and --service-label applies to Envoy only). --rendered substitutes every Grafana
  variable so the PromQL can be pasted into Prometheus, Thanos or Mimir.`;

interface QueryRow {
  id: string;
  row: string;
  title: string;
  unit: string;
  expr: string;
  rendered?: string;
}

export function queriesCommand(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      proxy: { type: 'string', default: DEFAULT_PROXY },
      rendered: { type: 'boolean', default: false },
      'service-label': { type: 'string' },
      services: { type: 'string' },
      namespaces: { type: 'string' },
      instances: { type: 'string' },
      'rate-interval': { type: 'string' },
      range: { type: 'string' },
    },
    strict: true,
  });
  const regex = (flag: string, raw: string | undefined) =>
    raw === undefined ? undefined : textArg(flag, raw, 'a regex over label values, or .* for all');
  const options: RenderOptions = {
    serviceLabel:
      values['service-label'] === undefined ? undefined : labelNameArg('--service-label', values['service-label']),
    services: regex('--services', values.services),
    namespaces: regex('--namespaces', values.namespaces),
    instances: regex('--instances', values.instances),
    rateInterval: values['rate-interval'],
    range: values.range,
  };
  const proxy = proxyOption(values.proxy);
  const rows = catalogueFor(proxy).map((q): QueryRow => {
    const row: QueryRow = { id: q.id, row: q.row, title: q.title, unit: q.unit, expr: q.expr };
    if (values.rendered) {
      try {
        row.rendered = renderExpr(q.expr, definedOnly(options));
      } catch (e) {
        throw new CliError(errorMessage(e));
      }
    }
    return row;
  });
  if (values.json) {
    return JSON.stringify(rows, null, 2);
  }
  const text = rows.map((r) => `# ${r.id} (${r.row}, ${r.unit}) — ${r.title}\n${r.rendered ?? r.expr}\n`);
  return [...text, ...unavailableNotes(proxy)].join('\n');
}

function proxyOption(value: string | undefined): ProxyId {
  const proxy = value ?? DEFAULT_PROXY;
  if (!isProxyId(proxy)) {
    throw new CliError(`Unknown proxy "${proxy}": choose one of ${PROXIES.map((p) => p.id).join(', ')}`);
  }
  return proxy;
}

// What the proxy has no equivalent for, and why: a missing query is a finding, not an omission.
function unavailableNotes(proxy: ProxyId): string[] {
  return CATALOGUE_ENTRIES.flatMap((e) => {
    const reason = noEquivalentReason(e.id, proxy);
    return reason ? [`# not available for ${proxy}: ${e.id} — ${reason}\n`] : [];
  });
}

function definedOnly(options: RenderOptions): RenderOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as RenderOptions;
}
