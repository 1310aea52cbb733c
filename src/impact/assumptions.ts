import { INPUT_RULES, ruleViolation, type Rule } from './impactInputs';

/** Organisation defaults for what live data cannot measure; admins set them on the app config page. */
export interface Assumptions {
  gmvPerSession: number;
  profitMargin: number;
  abandonRate: number;
  extraRegionShare: number;
  engineerDays: number;
  dayRate: number;
  /** Used when envoy_http_downstream_rq_total is not scraped. */
  apiCallsPerPage: number;
  /** Used when the CLOSE_WAIT proxy metrics are not scraped. */
  attributionRate: number;
}

export type AssumptionErrors = Partial<Record<keyof Assumptions, string>>;

/** Seed 000 sections 8–10: Tableau GMV/session, the instructed margin, 15 engineer-days at $600. */
export const SEED_ASSUMPTIONS: Assumptions = {
  gmvPerSession: 2.37,
  profitMargin: 0.25,
  abandonRate: 0.3,
  extraRegionShare: 0.4,
  engineerDays: 15,
  dayRate: 600,
  apiCallsPerPage: 23,
  attributionRate: 1,
};

export const ASSUMPTION_FIELDS: ReadonlyArray<{ name: keyof Assumptions; label: string; help: string }> = [
  {
    name: 'gmvPerSession',
    label: 'GMV per session',
    help: 'Gross merchandise value per session, in your currency (seed: 2.37).',
  },
  { name: 'profitMargin', label: 'Profit margin', help: 'Share of GMV kept as profit, 0–1 (seed: 0.25).' },
  {
    name: 'abandonRate',
    label: 'Abandon rate',
    help: 'Share of users who leave after a failed page, 0–1 (seed: 0.3).',
  },
  {
    name: 'extraRegionShare',
    label: 'Extra region share',
    help: 'Other regions hit by the same bursts, as a share of this one (seed: EMEA at 0.4).',
  },
  { name: 'engineerDays', label: 'Fix effort (engineer-days)', help: 'Engineer-days to fix the leak (seed: 15).' },
  { name: 'dayRate', label: 'Day rate', help: 'Blended cost of one engineer-day (seed: 600).' },
  {
    name: 'apiCallsPerPage',
    label: 'API calls per page',
    help: 'Used only when downstream page requests are not scraped (seed: 23).',
  },
  {
    name: 'attributionRate',
    label: 'CLOSE_WAIT attribution rate',
    help: 'Share of bursts caused by CLOSE_WAIT, used only when the proxy metrics are not scraped, 0–1 (seed: 1).',
  },
];

const RULES: Record<keyof Assumptions, Rule> = {
  gmvPerSession: INPUT_RULES.gmvPerSession,
  profitMargin: INPUT_RULES.profitMargin,
  abandonRate: INPUT_RULES.abandonRate,
  extraRegionShare: INPUT_RULES.extraRegionShare,
  engineerDays: { min: 0, minExclusive: true, why: 'a fix takes some effort; payback divides by its cost' },
  dayRate: { min: 0, minExclusive: true, why: 'an engineer-day costs something; payback divides by the fix cost' },
  apiCallsPerPage: INPUT_RULES.apiCallsPerPage,
  attributionRate: INPUT_RULES.attributionRate,
};

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Each factor can be valid while their product underflows to 0 or overflows to Infinity. */
function fixCostProblem(candidate: Partial<Record<keyof Assumptions, unknown>>, errors: AssumptionErrors) {
  if (errors.engineerDays || errors.dayRate || (!given(candidate.engineerDays) && !given(candidate.dayRate))) {
    return;
  }
  const days = given(candidate.engineerDays) ? Number(candidate.engineerDays) : SEED_ASSUMPTIONS.engineerDays;
  const rate = given(candidate.dayRate) ? Number(candidate.dayRate) : SEED_ASSUMPTIONS.dayRate;
  const cost = days * rate;
  if (!(Number.isFinite(cost) && cost > 0)) {
    const field = given(candidate.dayRate) ? 'dayRate' : 'engineerDays';
    errors[field] =
      `Fix cost (engineerDays × dayRate = ${days} × ${rate}) must be a positive, finite amount, got ${Number.isFinite(cost) ? cost : 'a product too large to represent'}: payback divides by it`;
  }
}

/** Field-by-field reasons; empty when every given field is valid. Missing fields fall back to defaults. */
export function validateAssumptions(candidate: Partial<Record<keyof Assumptions, unknown>>): AssumptionErrors {
  const errors: AssumptionErrors = {};
  for (const { name, label } of ASSUMPTION_FIELDS) {
    const value = candidate[name];
    if (value === undefined || value === null || value === '') {
      continue;
    }
    const problem = ruleViolation(value, RULES[name]);
    if (problem) {
      errors[name] = `${label} (${name}) ${problem}`;
    }
  }
  fixCostProblem(candidate, errors);
  return errors;
}

/** Later layers win, field by field; invalid or missing fields are skipped so one bad value loses nothing else. */
export function resolveAssumptions(
  ...layers: Array<Partial<Record<keyof Assumptions, unknown>> | undefined>
): Assumptions {
  const resolved: Assumptions = { ...SEED_ASSUMPTIONS };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') {
      continue;
    }
    const errors = validateAssumptions(layer);
    for (const { name } of ASSUMPTION_FIELDS) {
      const value = layer[name];
      if (typeof value === 'number' && !errors[name]) {
        resolved[name] = value;
      }
    }
  }
  return resolved;
}

export function fixCost(assumptions: Assumptions): number {
  return assumptions.engineerDays * assumptions.dayRate;
}
