import { validateAssumptions, type Assumptions } from './assumptions';
import type { Burst } from './detectBursts';
import type { InputSource, SourcedInputs } from './impactInputs';

const SECONDS_PER_MONTH = 30 * 24 * 3600;
const MS_PER_DAY = 86_400_000;

export type SourcedInput = SourcedInputs[keyof SourcedInputs];

export function measured(value: number | null, note: string): SourcedInput {
  return { value, source: 'measured' as InputSource, note };
}

export function assumed(value: number | null, note: string): SourcedInput {
  return { value, source: 'assumed' as InputSource, note };
}

export function days(ms: number): string {
  return (ms / MS_PER_DAY).toFixed(1);
}

/** Σ value × weight ÷ Σ weight; null when the weights sum to nothing. */
function weighted(bursts: Burst[], value: (b: Burst) => number, weight: (b: Burst) => number): number | null {
  let total = 0;
  let sum = 0;
  for (const b of bursts) {
    total += weight(b);
    sum += value(b) * weight(b);
  }
  const mean = sum / total;
  return total > 0 && Number.isFinite(mean) ? mean : null;
}

export interface BurstEvidence {
  bursts: Burst[];
  /** Time the request series have samples for, inside the requested range. */
  coveredMs: number;
  requestedMs: number;
  /** Set when bursts cannot be looked for at all (no 5xx or request data): the reason. */
  unmeasurable?: string;
}

type BurstMean = 'upstreamRequestsPerSecond' | 'burstErrorRate' | 'baselineErrorRate' | 'burstDurationSeconds';
type BurstInputName = BurstMean | 'burstsPerMonth';

// [input, value, weight, how]: means over bursts, weighted so that their product tracks the measured excess.
const BURST_MEANS: Array<[BurstMean, (b: Burst) => number, (b: Burst) => number, string]> = [
  ['upstreamRequestsPerSecond', (b) => b.meanRequestsPerSecond, (b) => b.durationSeconds, 'mean during'],
  [
    'burstErrorRate',
    (b) => b.meanErrorRate,
    (b) => b.meanRequestsPerSecond * b.durationSeconds,
    '5xx ÷ requests during',
  ],
  [
    'baselineErrorRate',
    (b) => b.baselineErrorRate,
    (b) => b.durationSeconds,
    "each bursting service's median 5xx ratio, over",
  ],
  ['burstDurationSeconds', (b) => b.durationSeconds, () => 1, 'mean of'],
];

function foundText({ bursts, coveredMs, requestedMs }: BurstEvidence): string {
  const n = bursts.length;
  const of = days(coveredMs) === days(requestedMs) ? '' : `, of ${days(requestedMs)} requested`;
  return `${n} burst${n === 1 ? '' : 's'} in ${days(coveredMs)} days with data${of}`;
}

/** Model inputs from the bursts found, and bursts a month over the days with data. */
export function burstInputs(evidence: BurstEvidence): Pick<SourcedInputs, BurstInputName> {
  const { bursts, coveredMs, unmeasurable } = evidence;
  if (unmeasurable) {
    const none = measured(null, unmeasurable);
    return {
      upstreamRequestsPerSecond: none,
      burstErrorRate: none,
      baselineErrorRate: none,
      burstDurationSeconds: none,
      burstsPerMonth: none,
    };
  }
  const found = foundText(evidence);
  const n = bursts.length;
  const means = Object.fromEntries(
    BURST_MEANS.map(([name, value, weight, how]) => [
      name,
      n === 0
        ? measured(null, `no bursts to measure: ${found}`)
        : measured(weighted(bursts, value, weight), `${how} ${found}`),
    ])
  ) as Pick<SourcedInputs, BurstMean>;
  return {
    ...means,
    burstsPerMonth: measured((n * SECONDS_PER_MONTH) / (coveredMs / 1000), `${found}, scaled to 30 days`),
  };
}

/** An organisation default as a model input; an invalid one is null, its validation message the reason. */
export function assumedFrom(a: Assumptions, name: keyof Assumptions, note: string): SourcedInput {
  const error = validateAssumptions(a)[name];
  return error ? assumed(null, error) : assumed(a[name], note);
}

type AssumedName = 'abandonRate' | 'gmvPerSession' | 'profitMargin' | 'extraRegionShare';

/** The inputs live data never measures. */
export function assumedInputs(a: Assumptions): Pick<SourcedInputs, AssumedName | 'fixCost'> {
  const errors = validateAssumptions(a);
  const fromOrg = (name: AssumedName) => assumedFrom(a, name, 'organisation default');
  const cost = a.engineerDays * a.dayRate;
  const costProblem = errors.engineerDays ?? errors.dayRate;
  return {
    abandonRate: fromOrg('abandonRate'),
    gmvPerSession: fromOrg('gmvPerSession'),
    profitMargin: fromOrg('profitMargin'),
    extraRegionShare: fromOrg('extraRegionShare'),
    fixCost: assumed(costProblem ? null : cost, costProblem ?? `${a.engineerDays} engineer-days × ${a.dayRate}`),
  };
}
