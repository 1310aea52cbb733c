import type { Amplification } from './retryAmplification';

/** One service's value from an instant query over the range; null where Prometheus answered no number. */
export interface ServiceValue {
  service: string;
  value: number | null;
}

/** An input a proxy or a fleet may lack: the values, or why there are none. */
export type Measured = { values: ServiceValue[] } | { unavailable: string };

export interface RetryInputs {
  retries: ServiceValue[];
  successRatio: ServiceValue[];
  meshFiveXxRatio: ServiceValue[];
  userFiveXxRatio: Measured;
  refusedByBudget: Measured;
  refusedAtLimit: Measured;
  amplification: Map<string, Amplification>;
}

export type RetryFigureName =
  | 'successRate'
  | 'userVisibleShare'
  | 'meshFiveXxRatio'
  | 'userFiveXxRatio'
  | 'measuredUserVisibleShare'
  | 'refusedByBudget'
  | 'refusedAtLimit'
  | 'amplificationInBursts'
  | 'amplificationBaseline';

/** Seed 000 section 5's retry table, live, with what users get next to what the mesh sees. */
export interface RetryFigure {
  service: string;
  retries: number;
  /** Successful retries ÷ retries. */
  successRate: number | null;
  /** Worst case (seed section 5): every retry that failed reached a user, 1 − success rate. */
  userVisibleShare: number | null;
  /** Upstream 5xx ÷ upstream responses: every failed attempt, before retries. */
  meshFiveXxRatio: number | null;
  /** Downstream 5xx ÷ downstream requests at the edge: what users got. */
  userFiveXxRatio: number | null;
  /** userFiveXxRatio ÷ meshFiveXxRatio: the share of the mesh's failure rate users saw (above 1 where pages fan out). */
  measuredUserVisibleShare: number | null;
  refusedByBudget: number | null;
  refusedAtLimit: number | null;
  amplificationInBursts: number | null;
  amplificationBaseline: number | null;
  /** Why each null figure is null. */
  unavailable: Partial<Record<RetryFigureName, string>>;
}

const TOO_FEW_RETRIES = 'too few retries in the range for a ratio (below the volume guard)';
const TOO_FEW_REQUESTS = 'too little traffic in the range for a ratio (below the volume guard)';

/** The users' 5xx ratio ÷ the mesh's: the share of the mesh's failure rate users saw; null when the mesh saw none. */
export function shareUsersSaw(userRatio: number, meshRatio: number): number | null {
  return meshRatio > 0 && Number.isFinite(userRatio / meshRatio) ? userRatio / meshRatio : null;
}

function lookup(values: ServiceValue[]): Map<string, number | null> {
  return new Map(values.map((v) => [v.service, v.value !== null && Number.isFinite(v.value) ? v.value : null]));
}

class Row {
  readonly unavailable: RetryFigure['unavailable'] = {};

  /** The value, or null with the reason recorded. */
  take(name: RetryFigureName, value: number | null | undefined, reason: string): number | null {
    if (value === null || value === undefined || !Number.isFinite(value)) {
      this.unavailable[name] = reason;
      return null;
    }
    return value;
  }

  /** The first of the inputs' reasons, when a derived figure lacks an input. */
  derived(name: RetryFigureName, from: RetryFigureName[], f: () => number): number | null {
    const missing = from.find((n) => this.unavailable[n]);
    if (missing) {
      this.unavailable[name] = this.unavailable[missing];
      return null;
    }
    return this.take(name, f(), 'not a finite number');
  }
}

function measured(input: Measured, missingReason: string) {
  const values = 'values' in input ? lookup(input.values) : undefined;
  return (service: string): [number | null | undefined, string] =>
    values ? [values.get(service), missingReason] : [null, (input as { unavailable: string }).unavailable];
}

/**
 * The retry table: every service that retried in the range, most retries first. A figure the metrics cannot give
 * is null with its reason; the worst-case share never stands in for a measured one. Linear in services.
 */
export function retryFigures(inputs: RetryInputs): RetryFigure[] {
  const success = lookup(inputs.successRatio);
  const mesh = lookup(inputs.meshFiveXxRatio);
  const user = measured(
    inputs.userFiveXxRatio,
    'no downstream 5xx for this service (envoy_http_downstream_rq_xx not scraped, or too little traffic): what users got is unavailable'
  );
  const budget = measured(inputs.refusedByBudget, 'upstream_rq_retry_overflow is not scraped for this service');
  const limit = measured(inputs.refusedAtLimit, 'upstream_rq_retry_limit_exceeded is not scraped for this service');
  const rows = inputs.retries.filter((r): r is { service: string; value: number } => (r.value ?? 0) > 0);
  return rows
    .map(({ service, value: retries }) => {
      const row = new Row();
      const successRate = row.take('successRate', success.get(service), TOO_FEW_RETRIES);
      const meshFiveXxRatio = row.take('meshFiveXxRatio', mesh.get(service), TOO_FEW_REQUESTS);
      const userFiveXxRatio = row.take('userFiveXxRatio', ...user(service));
      const amp = inputs.amplification.get(service);
      const noBurst = amp ? 'no 5xx burst of this service in the range' : 'no request or retry series for this service';
      return {
        service,
        retries,
        successRate,
        userVisibleShare: row.derived('userVisibleShare', ['successRate'], () => 1 - (successRate as number)),
        meshFiveXxRatio,
        userFiveXxRatio,
        measuredUserVisibleShare:
          meshFiveXxRatio === 0
            ? row.take('measuredUserVisibleShare', null, 'the mesh saw no 5xx in the range')
            : row.derived(
                'measuredUserVisibleShare',
                ['userFiveXxRatio', 'meshFiveXxRatio'],
                () => shareUsersSaw(userFiveXxRatio as number, meshFiveXxRatio as number) ?? Number.NaN
              ),
        refusedByBudget: row.take('refusedByBudget', ...budget(service)),
        refusedAtLimit: row.take('refusedAtLimit', ...limit(service)),
        amplificationInBursts: row.take('amplificationInBursts', amp?.inBursts, noBurst),
        amplificationBaseline: row.take(
          'amplificationBaseline',
          amp?.baseline,
          amp ? 'no attempts outside bursts' : noBurst
        ),
        unavailable: row.unavailable,
      };
    })
    .sort((a, b) => b.retries - a.retries || a.service.localeCompare(b.service));
}
