import { HOPS, type TimeoutBudget } from '../../src/impact';

const TITLE = '### Timeout budget across hops';
const ms = (v: number | null) => (v === null ? 'n/a' : `${Number((v / 1000).toPrecision(3))} s`);

/** Each hop's timeout (a setting) beside the measured p99/p999, then every finding with what to change. */
export function timeoutMarkdown(rows: TimeoutBudget[] | undefined, cell: (text: string) => string): string[] {
  if (!rows) {
    return [
      TITLE,
      '',
      '_No timeout settings given: pass `--timeouts FILE` to compare each hop with its dependency._',
      '',
    ];
  }
  if (rows.length === 0) {
    return [TITLE, '', '_No service with latency data or settings of its own in this range._', ''];
  }
  const header = ['Service', 'Edge', 'Proxy route', 'Backend client', 'p99 (24 h)', 'p999 (24 h)', 'Findings'];
  const findings = rows.flatMap((r) => r.findings.map((f) => `- ${cell(r.service)}: ${cell(f.message)}`));
  const unset = rows.flatMap((r) =>
    Object.entries(r.unavailable).map(([name, reason]) => `- ${cell(r.service)}: ${name} n/a (${cell(reason)})`)
  );
  return [
    TITLE,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(
      (r) =>
        `| ${[cell(r.service), ...HOPS.map((h) => ms(r.timeoutsMs[h])), ms(r.p99Ms), ms(r.p999Ms), String(r.findings.length)].join(' | ')} |`
    ),
    '',
    ...(findings.length ? findings : ['_Every hop outlasts its dependency and the measured p99/p999._']),
    ...unset,
    '',
  ];
}
