import type { KeepAliveRace } from '../../src/impact';

const TITLE = '### Keep-alive race (proxy idle timeout vs where the backend closes)';
const s = (v: number | null) => (v === null ? 'n/a' : `${Number((v / 1000).toPrecision(3))} s`);

/** One row per service, then the advice for every race and the reason for every n/a. */
export function keepAliveMarkdown(rows: KeepAliveRace[] | undefined, cell: (text: string) => string): string[] {
  if (!rows) {
    return [
      TITLE,
      '',
      '_No timeout settings given: pass `--timeouts FILE` with `proxyIdle` to check for the race._',
      '',
    ];
  }
  if (rows.length === 0) {
    return [TITLE, '', '_No connection-lifetime data (envoy_cluster_upstream_cx_length_ms) in this range._', ''];
  }
  const header = ['Service', 'Proxy idle timeout', 'Lifetime p5', 'Lifetime p50', 'Closed by backend', 'Race'];
  const body = rows.map((r) => [
    cell(r.service),
    s(r.proxyIdleMs),
    s(r.lifetimeP05Ms),
    s(r.lifetimeP50Ms),
    r.remoteCloseShare === null ? 'n/a' : `${Math.round(r.remoteCloseShare * 100)}%`,
    r.race === null ? 'n/a' : r.race ? '**yes**' : 'no',
  ]);
  return [
    TITLE,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...rows.filter((r) => r.advice).map((r) => `- ${cell(r.service)}: ${cell(r.advice as string)}`),
    ...rows
      .filter((r) => r.race === null)
      .map((r) => `- ${cell(r.service)}: n/a (${cell(r.unavailable.race ?? 'an input is missing')})`),
    '',
  ];
}
