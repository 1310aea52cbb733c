import { IMPACT_INPUT_NAMES, type ImpactInputName, type NullableInputs } from './impactInputs';

/** Every figure the model prints, by its path in ImpactResult (and a sensitivity row's ratio). */
export type ImpactFigure =
  | 'perBurst.excessFailures'
  | 'perBurst.failedPageRenders'
  | 'perBurst.lostSessions'
  | 'perBurst.gmv'
  | 'perBurst.profit'
  | 'monthly.bursts'
  | 'monthly.lostSessions'
  | 'monthly.gmv'
  | 'monthly.profit'
  | 'annual.gmv'
  | 'annual.profit'
  | 'paybackDays'
  | 'roiMultiple'
  | 'sensitivity.relative';

export type FigureName = ImpactFigure | ImpactInputName;

/**
 * Why a figure (or model input) is null, by name: the one representation of "n/a" everywhere. A number is
 * never NaN or ±Infinity: it is null, and its reason is here.
 */
export type Unavailable = Partial<Record<FigureName, string>>;

export const OVERFLOW_REASON = 'too large to compute: a value overflows; check the inputs for implausibly large values';

/** "n/a (reason)": how every consumer prints a null figure. */
export function notAvailable(reason: string | undefined): string {
  return reason ? `n/a (${reason})` : 'n/a';
}

/**
 * Figures computed from inputs that may be null: a figure is null when an input it depends on is (with that
 * input's reason), or when the arithmetic leaves the finite numbers (overflow).
 */
export class FigureSheet {
  readonly unavailable: Unavailable = {};
  private readonly values = new Map<FigureName, number | null>();

  constructor(inputs: NullableInputs, why: Unavailable = {}) {
    for (const name of IMPACT_INPUT_NAMES) {
      const value = inputs[name];
      if (typeof value === 'number' && Number.isFinite(value)) {
        this.values.set(name, value);
      } else {
        this.values.set(name, null);
        this.unavailable[name] = why[name] ?? `${name} is not a finite number`;
      }
    }
  }

  /** The value for arithmetic: NaN stands for null so it propagates; put() turns it back into a reason. */
  num(name: FigureName): number {
    return this.values.get(name) ?? Number.NaN;
  }

  value(name: FigureName): number | null {
    return this.values.get(name) ?? null;
  }

  /** Records a computed figure: kept when finite, else null with the first missing dependency's reason. */
  put(name: FigureName, raw: number, dependsOn: readonly FigureName[]): number | null {
    if (Number.isFinite(raw)) {
      this.values.set(name, raw);
      return raw;
    }
    const missing = dependsOn.find((d) => this.values.get(d) === null);
    return this.refuse(name, missing ? this.unavailable[missing] : OVERFLOW_REASON);
  }

  refuse(name: FigureName, reason: string | undefined): null {
    this.values.set(name, null);
    this.unavailable[name] = reason ?? OVERFLOW_REASON;
    return null;
  }
}
