import {
  changeFigure,
  confidenceFigure,
  criterionFigure,
  type CriterionResult,
  type FixValidation,
} from '../../src/fixValidation';
import { formatCount, formatMoney } from '../commands/impactText';
import type { ValidationQuery } from '../../src/fixValidation/fetch/fetchValidationSeries';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
// Label values come from the datasource: keep them from breaking a Markdown table.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

const figure = (c: CriterionResult, v: number | null) => criterionFigure(c, v, formatCount);
const money = (x: number | null) => (x === null ? 'n/a (see the notes)' : formatMoney(x));

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** `connhealth validate` without --json: the verdict table and the savings, as Markdown like `report`. */
export function validationText(v: FixValidation, q: ValidationQuery): string {
  const w = v.windows;
  const s = v.savings;
  return [
    `# Fix validation: ${iso(w.fixAt)}`,
    '',
    `Services \`${cell(q.services)}\` (label \`${cell(q.serviceLabel)}\`), ${q.stepSeconds} s step.`,
    `Before: ${iso(w.before.from)} → ${iso(w.before.to)}${w.before.clipped ? ' (clipped to the data)' : ''}. ` +
      `After: ${iso(w.after.from)} → ${iso(w.after.to)}${w.after.clipped ? ' (clipped to the data)' : ''}.`,
    '',
    `**Verdict: ${v.verdict}** — ${v.reason}.`,
    '',
    ...table(
      ['Criterion', 'Before', 'After', 'Change', 'Target', 'Verdict', 'Confidence'],
      v.criteria.map((c) => [
        `${c.title} (${c.unit})`,
        figure(c, c.before),
        figure(c, c.after),
        changeFigure(c.change),
        c.target,
        c.verdict,
        confidenceFigure(c.confidence),
      ])
    ),
    '',
    ...v.criteria.map((c) => `- **${c.id}**: ${cell(c.note)}`),
    '',
    '## Savings (the ROI panel\u2019s model on each window)',
    '',
    ...table(
      ['', 'Value'],
      [
        ['Profit at risk per day before', money(s.profitPerDayBefore)],
        ['Profit at risk per day after', money(s.profitPerDayAfter)],
        ['Realised profit so far', money(s.realisedProfit)],
        ['Realised GMV so far', money(s.realisedGmv)],
        ['Fix cost', formatMoney(s.fixCost)],
        ['Payback reached', s.paybackReached === null ? 'not yet' : iso(s.paybackReached)],
      ]
    ),
    '',
    ...v.notes.map((n) => `> ${n}`),
    '',
  ].join('\n');
}
