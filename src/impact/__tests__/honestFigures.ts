import { IMPACT_INPUT_NAMES } from '../impactInputs';
import { figureOf, type ImpactResult, type PerBurstImpact } from '../impactModel';
import type { LiveImpact } from '../liveImpact';

const RESULT_FIGURES = [
  'perBurst.excessFailures',
  'perBurst.failedPageRenders',
  'perBurst.lostSessions',
  'perBurst.gmv',
  'perBurst.profit',
  'monthly.bursts',
  'monthly.lostSessions',
  'monthly.gmv',
  'monthly.profit',
  'annual.gmv',
  'annual.profit',
  'paybackDays',
  'roiMultiple',
] as const;

const PER_BURST = ['excessFailures', 'failedPageRenders', 'lostSessions', 'gmv', 'profit'] as const;

function nonFinite(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    out.push(`${path} is ${value}`);
  } else if (value && typeof value === 'object') {
    Object.entries(value).forEach(([k, v]) => nonFinite(v, `${path}.${k}`, out));
  }
}

function unexplained(r: ImpactResult, path: string, out: string[]): void {
  for (const name of RESULT_FIGURES) {
    if (figureOf(r, name) === null && !r.unavailable[name]) {
      out.push(`${path}.${name} is null without a reason`);
    }
  }
}

function unexplainedBurst(impact: PerBurstImpact, path: string, out: string[]): void {
  for (const name of PER_BURST) {
    if (impact[name] === null && !impact.unavailable[`perBurst.${name}`]) {
      out.push(`${path}.${name} is null without a reason`);
    }
  }
}

/** Problems that would print NaN, Infinity or a bare "n/a": every number finite, every null figure with its reason. */
export function dishonesty(live: LiveImpact): string[] {
  const out: string[] = [];
  nonFinite(live, 'live', out);
  unexplained(live.impact, 'impact', out);
  live.scenarios.forEach((s) => unexplained(s.result, `scenario ${s.name}`, out));
  live.bursts.forEach((b, i) => unexplainedBurst(b.impact, `bursts[${i}].impact`, out));
  live.sensitivity.forEach((row, i) => {
    if (row.annualProfit === null && !row.unavailable['annual.profit']) {
      out.push(`sensitivity[${i}].annualProfit is null without a reason`);
    }
    if (row.relative === null && !row.unavailable['sensitivity.relative']) {
      out.push(`sensitivity[${i}].relative is null without a reason`);
    }
  });
  for (const name of IMPACT_INPUT_NAMES) {
    if (live.inputs[name].value === null && !(live.inputs[name].note && live.unavailable[name])) {
      out.push(`inputs.${name} is null without a reason`);
    }
  }
  return out;
}
