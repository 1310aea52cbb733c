import { MAX_PLAUSIBLE_SAMPLE } from './seriesIndex';

export type InputSource = 'measured' | 'assumed';

/** The twelve inputs of the seed 000 section 9 model; rates are fractions (1.5% = 0.015). */
export interface ImpactInputs {
  upstreamRequestsPerSecond: number;
  burstErrorRate: number;
  baselineErrorRate: number;
  burstDurationSeconds: number;
  apiCallsPerPage: number;
  abandonRate: number;
  gmvPerSession: number;
  profitMargin: number;
  burstsPerMonth: number;
  extraRegionShare: number;
  attributionRate: number;
  fixCost: number;
}

export type ImpactInputName = keyof ImpactInputs;

/** Model inputs where live data may leave some unmeasurable (null); the reason travels in an Unavailable map. */
export type NullableInputs = { [K in ImpactInputName]: number | null };

/** Every input says whether live data measured it or an assumption supplied it; null (with the reason in the note) when neither could. */
export type SourcedInputs = { [K in ImpactInputName]: { value: number | null; source: InputSource; note?: string } };

export const IMPACT_INPUT_NAMES: readonly ImpactInputName[] = [
  'upstreamRequestsPerSecond',
  'burstErrorRate',
  'baselineErrorRate',
  'burstDurationSeconds',
  'apiCallsPerPage',
  'abandonRate',
  'gmvPerSession',
  'profitMargin',
  'burstsPerMonth',
  'extraRegionShare',
  'attributionRate',
  'fixCost',
];

export function inputValues(inputs: SourcedInputs): NullableInputs {
  return Object.fromEntries(IMPACT_INPUT_NAMES.map((name) => [name, inputs[name].value])) as unknown as NullableInputs;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Rule {
  min: number;
  max?: number;
  minExclusive?: boolean;
  why: string;
}

const FRACTION = { min: 0, max: 1 };

export const INPUT_RULES: Record<ImpactInputName, Rule> = {
  upstreamRequestsPerSecond: {
    min: 0,
    max: MAX_PLAUSIBLE_SAMPLE,
    why: 'a request rate is not negative, and no fleet serves 10¹² requests a second',
  },
  burstErrorRate: { ...FRACTION, why: 'an error rate is a fraction between 0 and 1 (1.5% = 0.015)' },
  baselineErrorRate: { ...FRACTION, why: 'an error rate is a fraction between 0 and 1 (0.05% = 0.0005)' },
  burstDurationSeconds: { min: 0, why: 'a duration cannot be negative' },
  apiCallsPerPage: {
    min: 0,
    minExclusive: true,
    why: 'every page makes at least some API calls; 0 would divide by zero',
  },
  abandonRate: { ...FRACTION, why: 'the share of users who give up is between 0 and 1' },
  gmvPerSession: { min: 0, why: 'GMV per session cannot be negative' },
  profitMargin: {
    ...FRACTION,
    why: 'a margin is a fraction between 0 and 1 (25% = 0.25); a negative margin is not a profit',
  },
  burstsPerMonth: { min: 0, why: 'a count of bursts cannot be negative' },
  extraRegionShare: { min: 0, max: 10, why: 'other regions add a share of this region, 0 or more (EMEA at 40% = 0.4)' },
  attributionRate: { ...FRACTION, why: 'the share of bursts caused by CLOSE_WAIT is between 0 and 1' },
  fixCost: { min: 0, minExclusive: true, why: 'a fix costs something; payback divides by it' },
};

/** Why a value breaks its rule, or undefined when it is fine. */
// Messages reach screens and reports, which never print NaN or Infinity.
function nonFinite(value: number): string {
  return Number.isNaN(value) ? 'a value that is not a number' : 'a value too large to represent';
}

export function ruleViolation(value: unknown, rule: Rule): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `must be a finite number, got ${typeof value === 'number' ? nonFinite(value) : JSON.stringify(value)}`;
  }
  const tooLow = rule.minExclusive ? value <= rule.min : value < rule.min;
  const tooHigh = rule.max !== undefined && value > rule.max;
  if (tooLow || tooHigh) {
    const bound =
      rule.max !== undefined
        ? `between ${rule.min} and ${rule.max}`
        : rule.minExclusive
          ? `above ${rule.min}`
          : `at least ${rule.min}`;
    return `must be ${bound}, got ${value}: ${rule.why}`;
  }
  return undefined;
}

/** Reads model inputs from untrusted JSON; every error names its field and why. */
export function parseImpactInputs(raw: unknown): { inputs?: ImpactInputs; errors: FieldError[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [{ field: '(inputs)', message: 'must be a JSON object with the model inputs' }] };
  }
  const record = raw as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const name of IMPACT_INPUT_NAMES) {
    if (record[name] === undefined) {
      errors.push({ field: name, message: 'is missing' });
      continue;
    }
    const problem = ruleViolation(record[name], INPUT_RULES[name]);
    if (problem) {
      errors.push({ field: name, message: problem });
    }
  }
  const unknownFields = Object.keys(record).filter((k) => !(IMPACT_INPUT_NAMES as readonly string[]).includes(k));
  for (const field of unknownFields) {
    errors.push({ field, message: `is not a model input (expected one of ${IMPACT_INPUT_NAMES.join(', ')})` });
  }
  if (errors.length === 0 && (record.burstErrorRate as number) < (record.baselineErrorRate as number)) {
    errors.push({
      field: 'burstErrorRate',
      message: 'must be at least baselineErrorRate: a burst fails more than the baseline',
    });
  }
  return errors.length ? { errors } : { inputs: record as unknown as ImpactInputs, errors };
}

export function formatFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.field} ${e.message}`).join('\n');
}
