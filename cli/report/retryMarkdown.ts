import type { RetryFigure, RetryFigureName } from '../../src/impact';

const SHOWN_SERVICES = 5;

const HEADER = [
  'Service',
  'Retries',
  'Retry success',
  'Worst-case user-visible',
  'Mesh 5xx (before retries)',
  'Users’ 5xx (edge)',
  'Measured user-visible',
  'Refused: budget',
  'Refused: retries used up',
  'Attempts/request in bursts',
  'Attempts/request baseline',
];

const COLUMNS: Array<[RetryFigureName, (v: number) => string]> = [
  ['successRate', (v) => pct(v, 3)],
  ['userVisibleShare', (v) => pct(v, 1)],
  ['meshFiveXxRatio', (v) => pct(v, 3)],
  ['userFiveXxRatio', (v) => pct(v, 3)],
  ['measuredUserVisibleShare', (v) => pct(v, 1)],
  ['refusedByBudget', (v) => count(v)],
  ['refusedAtLimit', (v) => count(v)],
  ['amplificationInBursts', (v) => `${v.toFixed(3)}×`],
  ['amplificationBaseline', (v) => `${v.toFixed(3)}×`],
];

const pct = (x: number, digits: number) => `${(x * 100).toFixed(digits)}%`;
const count = (x: number) => Math.round(x).toLocaleString('en-US');

/** Every reason a figure is n/a, once, with how many services it applies to and the first few of them. */
function reasonLines(rows: RetryFigure[], cell: (text: string) => string): string[] {
  const byReason = new Map<string, string[]>();
  for (const r of rows) {
    for (const [name, reason] of Object.entries(r.unavailable)) {
      const key = `${name}: ${reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), r.service]);
    }
  }
  return [...byReason.entries()].map(([key, services]) => {
    const shown = services.slice(0, SHOWN_SERVICES).map(cell).join(', ');
    const more = services.length > SHOWN_SERVICES ? `, and ${services.length - SHOWN_SERVICES} more` : '';
    return `- n/a ${cell(key)} (${services.length === 1 ? '1 service' : `${services.length} services`}: ${shown}${more})`;
  });
}

/** Seed 000 section 5's retry table, live: what users got next to what the mesh saw. */
export function retryMarkdown(rows: RetryFigure[], cell: (text: string) => string): string[] {
  if (rows.length === 0) {
    return ['### Retries: what users get vs what the mesh sees', '', '_No retries in this range._', ''];
  }
  const body = rows.map((r) => [
    cell(r.service),
    count(r.retries),
    ...COLUMNS.map(([name, format]) => {
      const value = r[name];
      return value === null ? 'n/a' : format(value);
    }),
  ]);
  return [
    '### Retries: what users get vs what the mesh sees',
    '',
    'Worst case (seed section 5): every retry that failed reached a user, 1 − retry success. Measured: users’ 5xx ratio ÷ the mesh’s, where the edge is scraped.',
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...reasonLines(rows, cell),
    '',
  ];
}
