import type { LiveSeries, ServiceSeries } from '../impact';

export const CRITERION_IDS = [
  'restarts',
  'rxReset',
  'remoteCloseRatio',
  'bursts',
  'fivexxVolume',
  'retrySuccess',
  'p99',
  'keepAliveCycling',
  'pendingOverflow',
] as const;

/** The ROI panel's inputs as Prometheus pairs: what validation slices and tests (the engine also reads columns). */
export type PairedLiveSeries = { [K in keyof LiveSeries]: ServiceSeries[] };

/** The attribution engine's database series as Prometheus pairs, by owning service. */
export interface PairedDatabaseSeries {
  saturation: ServiceSeries[];
  refusals: ServiceSeries[];
  exporterUp: ServiceSeries[];
}

export type CriterionId = (typeof CRITERION_IDS)[number];
export type CriterionVerdict = 'met' | 'not-met' | 'insufficient-data';
export type OverallVerdict = 'validated' | 'not-validated' | 'inconclusive';

/** Primary criteria are the fix's claims (all must be met); guards only must not get worse. */
export type CriterionRole = 'primary' | 'guard';

export interface CriterionResult {
  id: CriterionId;
  title: string;
  role: CriterionRole;
  /** What `before` and `after` are measured in, e.g. "per day". */
  unit: string;
  before: number | null;
  after: number | null;
  /** (after − before) ÷ before; null when before is 0 or unknown. */
  change: number | null;
  target: string;
  verdict: CriterionVerdict;
  /** 1 − p-value of the one-sided test named in the note; null when no test could run. */
  confidence: number | null;
  note: string;
}

/** Unix ms; `from` inclusive, `to` exclusive for the before window and inclusive for the after window. */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface ValidationWindow extends TimeWindow {
  /** True when less data existed than the requested length. */
  clipped: boolean;
  requested: TimeWindow;
}

export interface ValidationWindows {
  fixAt: number;
  before: ValidationWindow;
  after: ValidationWindow;
}

/** A rollout: kube-state-metrics shows a new ReplicaSet of a Deployment. */
export interface Deployment {
  namespace: string;
  deployment: string;
  /** Unix ms of the ReplicaSet's creation. */
  at: number;
}

/** One sample per day, stamped at the end of the day it covers (a range query with step and window of one day). */
export interface DailySeries {
  fivexx: ServiceSeries[];
  p99Ms: ServiceSeries[];
  retrySuccess: ServiceSeries[];
  pendingOverflow: ServiceSeries[];
  /** Connections recycled per second (max requests + idle timeout), averaged over the day. */
  keepAliveCycling: ServiceSeries[];
}

export interface FixValidationSeries {
  /** The ROI panel's inputs at the fine step, both windows. */
  live: PairedLiveSeries;
  /** Container restarts per second by namespace (`service` holds the namespace), fine step. */
  restarts: ServiceSeries[];
  daily: DailySeries;
  deployments: Deployment[];
  /** Database pool series by owning service: bursts they explain are priced as database pool exhaustion. */
  database?: PairedDatabaseSeries;
}

/** Money figures are null when the ROI model could not price a window (its reason is in the notes). */
export interface Savings {
  profitPerDayBefore: number | null;
  profitPerDayAfter: number | null;
  gmvPerDayBefore: number | null;
  gmvPerDayAfter: number | null;
  /** (before − after) per day × days since the fix, up to the end of the after window. */
  realisedProfit: number | null;
  realisedGmv: number | null;
  fixCost: number;
  /** Unix ms at which the realised profit covers the fix cost; null if not reached by the end of the after window. */
  paybackReached: number | null;
}

export interface FixValidation {
  windows: ValidationWindows;
  criteria: CriterionResult[];
  verdict: OverallVerdict;
  /** Why the overall verdict is what it is, in one sentence. */
  reason: string;
  savings: Savings;
  /** Clipping and data caveats, one line each. */
  notes: string[];
}
