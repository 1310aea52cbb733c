import type { ImpactResult } from '../../src/impact';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return whole.format(n);
}

export function formatMoney(n: number): string {
  return money.format(n);
}

export function formatPayback(result: ImpactResult): string {
  return result.paybackDays === null ? 'never (no profit at risk)' : `${result.paybackDays.toFixed(1)} days`;
}

export function formatImpactText(r: ImpactResult): string {
  return [
    'Per burst',
    `  excess upstream failures  ${formatCount(r.perBurst.excessFailures)}`,
    `  failed page renders       ${formatCount(r.perBurst.failedPageRenders)}`,
    `  lost sessions             ${formatCount(r.perBurst.lostSessions)}`,
    `  GMV at risk               ${formatMoney(r.perBurst.gmv)}`,
    `  profit at risk            ${formatMoney(r.perBurst.profit)}`,
    'Per month',
    `  lost sessions             ${formatCount(r.monthly.lostSessions)}`,
    `  GMV at risk               ${formatMoney(r.monthly.gmv)}`,
    `  profit at risk            ${formatMoney(r.monthly.profit)}`,
    'Per year',
    `  GMV at risk               ${formatMoney(r.annual.gmv)}`,
    `  profit at risk            ${formatMoney(r.annual.profit)}`,
    `Payback                     ${formatPayback(r)}`,
    `Year-1 ROI                  ${r.roiMultiple.toFixed(1)}×`,
  ].join('\n');
}
