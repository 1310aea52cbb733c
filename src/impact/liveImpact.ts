import { chooseFrontend, type CallsPerPage } from './apiCallsPerPage';
import { validateAssumptions, type Assumptions } from './assumptions';
import type { BurstSignature } from './attribution';
import { coverageOf, type DataCoverage } from './coverage';
import { attributeBursts, type BurstCause, type DatabaseSeries, type Rollout } from './databaseAttribution';
import { DEFAULT_BURST_OPTIONS, type Burst, type BurstOptions } from './detectBursts';
import type { Unavailable } from './figures';
import { FLEET_INPUTS, scanFleet, type FleetScan, type FleetSeries } from './fleetScan';
import { IMPACT_INPUT_NAMES, inputValues, type SourcedInputs } from './impactInputs';
import { evaluateImpact, impactOfExcessFailures, type ImpactResult, type PerBurstImpact } from './impactModel';
import { assumedFrom, assumedInputs, burstInputs, measured, type SourcedInput } from './liveInputs';
import { liveWarnings } from './liveWarnings';
import { impactScenarios, type Scenario } from './seedScenarios';
import { sensitivity, type SensitivityRow } from './sensitivity';
import { hasUsableSample, type TimeWindow } from './seriesIndex';
import { userVisibleShare, type ShareSeries, type UserVisibleShare } from './userVisibleShare';

/** Fewer upstream calls than one per hundred pages is not a page's fan-out: a broken or unrelated series. */
export const MIN_MEASURED_CALLS_PER_PAGE = 0.01;

/** The fleet's series, and the edge's 5xx where scraped (the share of failures users saw). */
export type LiveSeries = FleetSeries & Pick<ShareSeries, 'userErrors'>;

export interface LiveImpactOptions {
  /** Unix ms of the queried range. */
  from: number;
  to: number;
  assumptions: Assumptions;
  frontendService?: string;
  burstOptions?: Partial<BurstOptions>;
  /** Database pool series by owning service (the label convention): bursts then get a cause. */
  database?: DatabaseSeries;
  rollouts?: Rollout[];
}

export interface AssessedBurst extends Burst {
  signature: BurstSignature;
  impact: PerBurstImpact;
  /** Present when database series were given: database pool exhaustion, CLOSE_WAIT, deployment or unknown. */
  cause?: BurstCause;
}

export interface LiveImpact {
  bursts: AssessedBurst[];
  inputs: SourcedInputs;
  impact: ImpactResult;
  scenarios: Scenario[];
  sensitivity: SensitivityRow[];
  apiCallsPerPage?: CallsPerPage;
  /** Which of the ROI panel's inputs returned no usable data (no samples, or only NaN/null ones), by name. */
  missing: Array<keyof LiveSeries>;
  /** Where the request series have samples, and the range asked for; per-month rates use the covered part. */
  coverage: DataCoverage;
  /** One plain-text line per thing a reader must know before trusting the figures. */
  warnings: string[];
  /** Why each null input or figure is null (the same map as impact.unavailable). */
  unavailable: Unavailable;
  /** The share of a burst's upstream failures users saw: measured at the edge, or the seed's 100%, and why. */
  userVisibleShare: UserVisibleShare;
}

/** Inputs with no usable sample in the window: empty, or only NaN/null/Inf/negative values. */
export function missingSeries(series: LiveSeries, window?: TimeWindow): Array<keyof LiveSeries> {
  return FLEET_INPUTS.filter((name) => !hasUsableSample(series[name], window));
}

function unmeasurableBecause(missing: Array<keyof LiveSeries>, coveredMs: number): string | undefined {
  if (missing.includes('requests') || coveredMs <= 0) {
    return 'no request-rate data in the range';
  }
  return missing.includes('errors') ? 'no 5xx data in the range (not scraped, or never recorded)' : undefined;
}

interface Fallback {
  input: SourcedInput;
  warning?: string;
}

function callsPerPageInput(
  scan: FleetScan,
  missing: Array<keyof LiveSeries>,
  options: LiveImpactOptions
): Fallback & { calls?: CallsPerPage } {
  const { frontendService, assumptions: a } = options;
  const chosen = chooseFrontend(scan.callCandidates, frontendService);
  if (chosen && chosen.value >= MIN_MEASURED_CALLS_PER_PAGE) {
    return { calls: chosen, input: measured(chosen.value, `upstream ÷ downstream requests of ${chosen.service}`) };
  }
  const why = chosen
    ? `${chosen.service} makes ${chosen.value.toPrecision(2)} upstream calls per page, too few to be a page's fan-out`
    : missing.includes('pages')
      ? 'no downstream page requests in the range'
      : frontendService
        ? `no downstream page requests measured for the frontend service "${frontendService}"`
        : 'no service has both upstream and downstream requests';
  return {
    input: assumedFrom(a, 'apiCallsPerPage', `organisation default: ${why}`),
    warning: `API calls per page is assumed (${a.apiCallsPerPage}, the organisation default), not measured: ${why}.`,
  };
}

function attributionInput(
  bursts: Array<{ signature: BurstSignature; cause?: BurstCause }>,
  proxiesMissing: string | undefined,
  a: Assumptions
): Fallback {
  if (bursts.length > 0 && !proxiesMissing) {
    // A burst the database explains is not one the CLOSE_WAIT fix would have prevented.
    const share =
      bursts.filter((b) => (b.cause ? b.cause === 'CLOSE_WAIT' : b.signature.closeWait)).length / bursts.length;
    return {
      input: measured(
        share,
        'share of bursts with resets (HAProxy: response errors) and a remote-close ratio > 10% or a CLOSE_WAIT rise'
      ),
    };
  }
  if (bursts.length === 0) {
    return { input: assumedFrom(a, 'attributionRate', 'organisation default: no bursts to attribute') };
  }
  const why = proxiesMissing ?? 'no proxy series in the range';
  return {
    input: assumedFrom(a, 'attributionRate', `organisation default: CLOSE_WAIT proxy metrics not available (${why})`),
    warning: `CLOSE_WAIT attribution is assumed (${a.attributionRate}, the organisation default), not measured: ${why}.`,
  };
}

function reasonsOf(inputs: SourcedInputs): Unavailable {
  const why: Unavailable = {};
  for (const name of IMPACT_INPUT_NAMES) {
    if (inputs[name].value === null) {
      why[name] = inputs[name].note;
    }
  }
  return why;
}

/** Bursts, signatures and the seed's model from live series; what cannot be measured comes from the assumptions. */
export function liveImpact(series: LiveSeries, options: LiveImpactOptions): LiveImpact {
  const o = { ...DEFAULT_BURST_OPTIONS, ...options.burstOptions };
  const requested = { from: options.from, to: options.to };
  const missing = missingSeries(series, requested);
  const scan = scanFleet(series, requested, o);
  const { coverage, coveredMs } = coverageOf(scan.runs, requested);
  const calls = callsPerPageInput(scan, missing, options);
  // Attribution needs resets, and a remote-close ratio or (HAProxy) CLOSE_WAIT counts to corroborate them.
  const proxiesMissing = missing.includes('rxReset')
    ? 'no rx_reset or remote-close series in the range'
    : missing.includes('remoteCloseRatio') && missing.includes('closeWait')
      ? 'no remote-close or CLOSE_WAIT series in the range'
      : undefined;
  const causes = options.database
    ? attributeBursts(
        scan.bursts,
        scan.bursts.map((b) => b.signature),
        options.database,
        options.rollouts
      ).map((a) => ({ cause: a.cause }))
    : [];
  const bursts = scan.bursts.map((b, i) => ({ ...b, ...causes[i] }));
  const attribution = attributionInput(bursts, proxiesMissing, options.assumptions);
  const inputs: SourcedInputs = {
    ...burstInputs({
      bursts: scan.bursts,
      coveredMs,
      requestedMs: Math.max(0, requested.to - requested.from),
      unmeasurable: unmeasurableBecause(missing, coveredMs),
    }),
    apiCallsPerPage: calls.input,
    attributionRate: attribution.input,
    ...assumedInputs(options.assumptions),
  };
  const why = reasonsOf(inputs);
  const values = inputValues(inputs);
  const shown = userVisibleShare(series, scan.bursts);
  const impact = evaluateImpact(values, why, shown.value);
  return {
    bursts: bursts.map((b) => ({ ...b, impact: impactOfExcessFailures(b.excessFailures, values, why, shown.value) })),
    inputs,
    impact,
    scenarios: impactScenarios(values, why, shown.value),
    sensitivity: sensitivity(values, why, shown.value),
    apiCallsPerPage: calls.calls,
    missing,
    coverage,
    warnings: liveWarnings({
      series,
      coverage,
      coveredMs,
      stepMs: scan.stepMs,
      minDurationSeconds: o.minDurationSeconds,
      implausible: scan.implausible,
      fallbacks: [calls.warning, attribution.warning].filter((w): w is string => w !== undefined),
      invalidAssumptions: Object.values(validateAssumptions(options.assumptions)),
    }),
    unavailable: impact.unavailable,
    userVisibleShare: shown,
  };
}
