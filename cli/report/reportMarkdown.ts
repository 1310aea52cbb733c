import { IMPACT_INPUT_NAMES, type ImpactResult } from '../../src/impact';
import { formatCount, formatMoney, formatPayback } from '../commands/impactText';
import type { ReportData, ServiceFigure } from './collectReport';

const percent = (x: number, digits = 2) => `${(x * 100).toFixed(digits)}%`;
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
      ['Extra upstream API failures', formatCount(r.perBurst.excessFailures)],
      ['Failed page renders', formatCount(r.perBurst.failedPageRenders)],
      ['Lost sessions', formatCount(r.perBurst.lostSessions)],
      ['GMV at risk', formatMoney(r.perBurst.gmv)],
      ['Profit at risk', formatMoney(r.perBurst.profit)],
    ]
  );
}

/** The seed's section 6 and 9 tables as Markdown, ready to paste into a business case. */
export function reportMarkdown(data: ReportData): string {
  const { live, request } = data;
  const { impact } = live;
  const lines = [
    `# Connection Health report: ${iso(request.from)} – ${iso(request.to)}`,
    '',
    `Service label ${code(request.serviceLabel)}, services ${code(request.services)}, ${request.stepSeconds} s step.`,
    ...(live.missing.length
      ? ['', `> No data for: ${live.missing.join(', ')}. Inputs that depend on them are assumed, not measured.`]
      : []),
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
          ],
          live.bursts.map((b) => [
            iso(b.start),
            cell(b.service),
            (b.durationSeconds / 60).toFixed(0),
            percent(b.peakErrorRate),
            percent(b.meanErrorRate),
            formatCount(b.excessFailures),
            formatCount(b.impact.lostSessions),
            formatMoney(b.impact.gmv),
            formatMoney(b.impact.profit),
            b.signature.closeWait ? 'yes' : 'no',
          ])
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
    '## Impact model (seed 000 section 9)',
    '',
    ...table(
      ['Input', 'Value', 'Source', 'How'],
      IMPACT_INPUT_NAMES.map((n) => [
        n,
        String(Number(live.inputs[n].value.toPrecision(4))),
        live.inputs[n].source,
        cell(live.inputs[n].note ?? ''),
      ])
    ),
    '',
    ...impactTable(impact),
    '',
    ...table(
      ['Scenario', 'Bursts/mo', 'Avg error rate', 'Sessions/mo', 'GMV/month', 'Profit/month', 'Profit/year'],
      live.scenarios.map((s) => [
        s.label,
        s.inputs.burstsPerMonth.toFixed(1),
        percent(s.inputs.burstErrorRate),
        formatCount(s.result.monthly.lostSessions),
        formatMoney(s.result.monthly.gmv),
        formatMoney(s.result.monthly.profit),
        formatMoney(s.result.annual.profit),
      ])
    ),
    '',
    `**Annual profit at risk:** ${formatMoney(impact.annual.profit)} · **Payback:** ${formatPayback(impact)} · **Year-1 ROI:** ${impact.roiMultiple.toFixed(1)}× on a fix costing ${formatMoney(live.inputs.fixCost.value)}.`,
    '',
    '### The two numbers that sharpen this most',
    '',
    ...table(
      ['Input', 'Value', 'Profit/year', 'vs. base'],
      live.sensitivity.map((s) => [
        s.input,
        String(Number(s.value.toPrecision(4))),
        formatMoney(s.annualProfit),
        `${s.relative.toFixed(2)}×`,
      ])
    ),
    '',
  ];
  return lines.join('\n');
}
