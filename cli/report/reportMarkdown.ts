import { IMPACT_INPUT_NAMES, notAvailable, type ImpactResult, type LiveImpact } from '../../src/impact';
import { formatCount, formatFigure, formatMoney, formatPayback, formatRoi } from '../commands/impactText';
import type { ReportData, ServiceFigure } from './collectReport';
import { retryMarkdown } from './retryMarkdown';
import { timeoutMarkdown } from './timeoutMarkdown';
import { keepAliveMarkdown } from './keepAliveMarkdown';

const percent = (x: number, digits = 2) => `${(x * 100).toFixed(digits)}%`;
const precise = (x: number) => String(Number(x.toPrecision(4)));
// Label values come from the datasource: they never become HTML, links or emphasis, nor break the table.
const cell = (text: string) =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
// A code span shows its text literally (HTML included); its fence is longer than any run of backticks inside.
const code = (text: string) => {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence} ${flat} ${fence}`;
};
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function figures(title: string, rows: ServiceFigure[], format: (v: number) => string, empty: string): string[] {
  const body = rows.length
    ? table(
        ['Service', title],
        rows.map((r) => [cell(r.service), r.value === null ? 'n/a' : format(r.value)])
      )
    : [`_${empty}_`];
  return [`### ${title}`, '', ...body, ''];
}

function impactTable(r: ImpactResult): string[] {
  return table(
    ['Per burst', 'Value'],
    [
      ['Extra upstream API failures', cell(formatFigure(r, 'perBurst.excessFailures', formatCount))],
      ['Failed page renders', cell(formatFigure(r, 'perBurst.failedPageRenders', formatCount))],
      ['Lost sessions', cell(formatFigure(r, 'perBurst.lostSessions', formatCount))],
      ['GMV at risk', cell(formatFigure(r, 'perBurst.gmv', formatMoney))],
      ['Profit at risk', cell(formatFigure(r, 'perBurst.profit', formatMoney))],
    ]
  );
}

/** Everything a reader must see before the figures: the engine's warnings and the inputs with no data. */
function warningLines(live: LiveImpact): string[] {
  const lines = [
    ...live.warnings,
    ...(live.missing.length
      ? [`No data for: ${live.missing.join(', ')}. Inputs that depend on them are assumed or n/a, not measured.`]
      : []),
  ];
  return lines.length ? ['> **Warnings**', '>', ...lines.map((w) => `> - ${cell(w)}`), ''] : [];
}

function inputRows(live: LiveImpact): string[][] {
  return IMPACT_INPUT_NAMES.map((n) => {
    const { value, source, note } = live.inputs[n];
    // An unavailable input's note is its reason: said once, in the value column.
    return value === null
      ? [n, cell(notAvailable(live.unavailable[n] ?? note)), source, '']
      : [n, precise(value), source, cell(note ?? '')];
  });
}

function scenarioRows(live: LiveImpact): string[][] {
  return live.scenarios.map((s) => {
    const { burstsPerMonth, burstErrorRate } = s.inputs;
    return [
      s.label,
      burstsPerMonth === null ? 'n/a' : burstsPerMonth.toFixed(1),
      burstErrorRate === null ? 'n/a' : percent(burstErrorRate),
      cell(formatFigure(s.result, 'monthly.lostSessions', formatCount)),
      cell(formatFigure(s.result, 'monthly.gmv', formatMoney)),
      cell(formatFigure(s.result, 'monthly.profit', formatMoney)),
      cell(formatFigure(s.result, 'annual.profit', formatMoney)),
    ];
  });
}

function sensitivityRows(live: LiveImpact): string[][] {
  return live.sensitivity.map((s) => [
    s.input,
    precise(s.value),
    cell(formatMoney(s.annualProfit, s.unavailable['annual.profit'])),
    s.relative === null ? cell(notAvailable(s.unavailable['sensitivity.relative'])) : `${s.relative.toFixed(2)}×`,
  ]);
}

function burstRows(live: LiveImpact): string[][] {
  return live.bursts.map((b) => [
    iso(b.start),
    cell(b.service),
    (b.durationSeconds / 60).toFixed(0),
    percent(b.peakErrorRate),
    percent(b.meanErrorRate),
    formatCount(b.excessFailures),
    cell(formatCount(b.impact.lostSessions, b.impact.unavailable['perBurst.lostSessions'])),
    cell(formatMoney(b.impact.gmv, b.impact.unavailable['perBurst.gmv'])),
    cell(formatMoney(b.impact.profit, b.impact.unavailable['perBurst.profit'])),
    b.signature.closeWait ? 'yes' : 'no',
    // The engine's cause, as JSON's `cause` (n/a where the engine had no database series to decide with).
    b.cause ?? 'n/a',
  ]);
}

function headline(live: LiveImpact): string {
  const { impact, inputs } = live;
  const annual = formatFigure(impact, 'annual.profit', formatMoney);
  const cost = formatMoney(inputs.fixCost.value, live.unavailable.fixCost);
  // Only the figures and their reasons are escaped: the bold labels are our Markdown.
  return `**Annual profit at risk:** ${cell(annual)} · **Payback:** ${cell(formatPayback(impact))} · **Year-1 ROI:** ${cell(formatRoi(impact))} on a fix costing ${cell(cost)}.`;
}

/** The seed's section 6 and 9 tables as Markdown, ready to paste into a business case. */
export function reportMarkdown(data: ReportData): string {
  const { live, request } = data;
  const { impact } = live;
  const lines = [
    `# Connection Health report: ${iso(request.from)} – ${iso(request.to)}`,
    '',
    ...warningLines(live),
    `Service label ${code(request.serviceLabel)}, services ${code(request.services)}, ${request.stepSeconds} s step.`,
    '',
    '## 5xx bursts and CLOSE_WAIT proxies',
    '',
    ...figures(
      '5xx volume',
      data.fiveXxVolume,
      formatCount,
      'No 5xx in this range (or envoy_cluster_upstream_rq_xx is not scraped).'
    ),
    '### Bursts',
    '',
    ...(live.bursts.length
      ? table(
          [
            'Start',
            'Service',
            'Minutes',
            'Peak 5xx ratio',
            'Mean 5xx ratio',
            'Excess failures',
            'Lost sessions',
            'GMV',
            'Profit',
            'CLOSE_WAIT signature',
            'Cause',
          ],
          burstRows(live)
        )
      : ['_No 5xx bursts in this range: no service’s 5xx ratio stayed well above its own baseline for 5 minutes._']),
    '',
    ...figures('Stream resets (rx_reset)', data.rxResets, formatCount, 'No rx_reset data.'),
    ...figures('Pending queue overflow', data.pendingOverflow, formatCount, 'No pending-overflow data.'),
    ...figures(
      'p99 upstream latency (last 24 h)',
      data.latencyP99Ms,
      (v) => `${formatCount(v)} ms`,
      'No latency histogram data.'
    ),
    ...figures('Retry success', data.retrySuccess, (v) => percent(v, 3), 'Too few retries to compute a ratio.'),
    ...retryMarkdown(data.retries ?? [], cell),
    ...timeoutMarkdown(data.timeoutBudget, cell),
    ...keepAliveMarkdown(data.keepAliveRace, cell),
    '## Impact model (seed 000 section 9)',
    '',
    ...table(['Input', 'Value', 'Source', 'How'], inputRows(live)),
    '',
    `Failures users saw (${live.userVisibleShare.source}): ${cell(live.userVisibleShare.note)}`,
    '',
    ...impactTable(impact),
    '',
    ...table(
      ['Scenario', 'Bursts/mo', 'Avg error rate', 'Sessions/mo', 'GMV/month', 'Profit/month', 'Profit/year'],
      scenarioRows(live)
    ),
    '',
    headline(live),
    '',
    '### The two numbers that sharpen this most',
    '',
    ...table(['Input', 'Value', 'Profit/year', 'vs. base'], sensitivityRows(live)),
    '',
  ];
  return lines.join('\n');
}
