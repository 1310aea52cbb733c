import { figureOf, notAvailable, type ImpactFigure, type ImpactResult } from '../../src/impact';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** A count, or "n/a (reason)" when the figure is unavailable. */
export function formatCount(n: number | null, reason?: string): string {
  return n === null || !Number.isFinite(n) ? notAvailable(reason) : whole.format(n);
}

export function formatMoney(n: number | null, reason?: string): string {
  return n === null || !Number.isFinite(n) ? notAvailable(reason) : money.format(n);
}

/** A figure of the result through `format`, or "n/a (reason)". */
export function formatFigure(
  r: ImpactResult,
  name: Exclude<ImpactFigure, 'sensitivity.relative'>,
  format: (n: number) => string
): string {
  const value = figureOf(r, name);
  return value === null ? notAvailable(r.unavailable[name]) : format(value);
}

export function formatPayback(result: ImpactResult): string {
  return formatFigure(result, 'paybackDays', (d) => `${d.toFixed(1)} days`);
}

export function formatRoi(result: ImpactResult): string {
  return formatFigure(result, 'roiMultiple', (x) => `${x.toFixed(1)}×`);
}

export function formatImpactText(r: ImpactResult): string {
  const count = (name: Parameters<typeof formatFigure>[1]) => formatFigure(r, name, formatCount);
  const cash = (name: Parameters<typeof formatFigure>[1]) => formatFigure(r, name, formatMoney);
  return [
    'Per burst',
    `  excess upstream failures  ${count('perBurst.excessFailures')}`,
    `  failed page renders       ${count('perBurst.failedPageRenders')}`,
    `  lost sessions             ${count('perBurst.lostSessions')}`,
    `  GMV at risk               ${cash('perBurst.gmv')}`,
    `  profit at risk            ${cash('perBurst.profit')}`,
    'Per month',
    `  lost sessions             ${count('monthly.lostSessions')}`,
    `  GMV at risk               ${cash('monthly.gmv')}`,
    `  profit at risk            ${cash('monthly.profit')}`,
    'Per year',
    `  GMV at risk               ${cash('annual.gmv')}`,
    `  profit at risk            ${cash('annual.profit')}`,
    `Payback                     ${formatPayback(r)}`,
    `Year-1 ROI                  ${formatRoi(r)}`,
  ].join('\n');
}
