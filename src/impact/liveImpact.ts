import { measureApiCallsPerPage, type CallsPerPage } from './apiCallsPerPage';
import { fixCost, type Assumptions } from './assumptions';
import { burstSignature, measuredAttributionRate, type BurstSignature, type ProxySeries } from './attribution';
import { detectBursts, type Burst, type BurstOptions } from './detectBursts';
import { inputValues, type InputSource, type SourcedInputs } from './impactInputs';
import { evaluateImpact, impactOfExcessFailures, type ImpactResult, type PerBurstImpact } from './impactModel';
import { impactScenarios, type Scenario } from './seedScenarios';
import { sensitivity, type SensitivityRow } from './sensitivity';
import type { ServiceSeries } from './series';

const SECONDS_PER_MONTH = 30 * 24 * 3600;

export interface LiveSeries extends ProxySeries {
  errors: ServiceSeries[];
  requests: ServiceSeries[];
  pages: ServiceSeries[];
}

export interface LiveImpactOptions {
  /** Unix ms of the queried range. */
  from: number;
  to: number;
  assumptions: Assumptions;
  frontendService?: string;
  burstOptions?: Partial<BurstOptions>;
}

export interface AssessedBurst extends Burst {
  signature: BurstSignature;
  impact: PerBurstImpact;
}

export interface LiveImpact {
  bursts: AssessedBurst[];
  inputs: SourcedInputs;
  impact: ImpactResult;
  scenarios: Scenario[];
  sensitivity: SensitivityRow[];
  apiCallsPerPage?: CallsPerPage;
  /** Which of the ROI panel's inputs returned no data, by name. */
  missing: Array<keyof LiveSeries>;
}

function weighted(bursts: Burst[], value: (b: Burst) => number, weight: (b: Burst) => number): number {
  const total = bursts.reduce((s, b) => s + weight(b), 0);
  return total > 0 ? bursts.reduce((s, b) => s + value(b) * weight(b), 0) / total : 0;
}

function measured(value: number, note: string) {
  return { value, source: 'measured' as InputSource, note };
}

function assumed(value: number, note: string) {
  return { value, source: 'assumed' as InputSource, note };
}

/** Model inputs from the bursts found: means over bursts, weighted so their product tracks the measured excess. */
function burstInputs(bursts: Burst[], rangeSeconds: number) {
  const n = bursts.length;
  const found = `${n} burst${n === 1 ? '' : 's'} in ${(rangeSeconds / 86400).toFixed(1)} days`;
  return {
    upstreamRequestsPerSecond: measured(
      weighted(
        bursts,
        (b) => b.meanRequestsPerSecond,
        (b) => b.durationSeconds
      ),
      `mean during ${found}`
    ),
    burstErrorRate: measured(
      weighted(
        bursts,
        (b) => b.meanErrorRate,
        (b) => b.meanRequestsPerSecond * b.durationSeconds
      ),
      `5xx ÷ requests during ${found}`
    ),
    baselineErrorRate: measured(
      weighted(
        bursts,
        (b) => b.baselineErrorRate,
        (b) => b.durationSeconds
      ),
      "each service's median 5xx ratio"
    ),
    burstDurationSeconds: measured(n ? bursts.reduce((s, b) => s + b.durationSeconds, 0) / n : 0, `mean of ${found}`),
    burstsPerMonth: measured(
      rangeSeconds > 0 ? (n * SECONDS_PER_MONTH) / rangeSeconds : 0,
      `${found}, scaled to 30 days`
    ),
  };
}

export function missingSeries(series: LiveSeries): Array<keyof LiveSeries> {
  const names: Array<keyof LiveSeries> = ['errors', 'requests', 'rxReset', 'remoteCloseRatio', 'closeWait', 'pages'];
  return names.filter((name) => !series[name].some((s) => s.samples.length > 0));
}

/** Bursts, signatures and the seed's model from live series; what cannot be measured comes from the assumptions. */
export function liveImpact(series: LiveSeries, options: LiveImpactOptions): LiveImpact {
  const a = options.assumptions;
  const rangeSeconds = Math.max(0, (options.to - options.from) / 1000);
  const found = detectBursts(series, options.burstOptions);
  const calls = measureApiCallsPerPage(series.requests, series.pages, options.frontendService);
  const attribution = measuredAttributionRate(found, series);
  const inputs: SourcedInputs = {
    ...burstInputs(found, rangeSeconds),
    apiCallsPerPage: calls
      ? measured(calls.value, `upstream ÷ downstream requests of ${calls.service}`)
      : assumed(a.apiCallsPerPage, 'organisation default: downstream page requests not available'),
    attributionRate:
      attribution !== undefined
        ? measured(
            attribution,
            'share of bursts with resets (HAProxy: response errors) and a remote-close ratio > 10% or a CLOSE_WAIT rise'
          )
        : assumed(a.attributionRate, 'organisation default: CLOSE_WAIT proxy metrics not available'),
    abandonRate: assumed(a.abandonRate, 'organisation default'),
    gmvPerSession: assumed(a.gmvPerSession, 'organisation default'),
    profitMargin: assumed(a.profitMargin, 'organisation default'),
    extraRegionShare: assumed(a.extraRegionShare, 'organisation default'),
    fixCost: assumed(fixCost(a), `${a.engineerDays} engineer-days × ${a.dayRate}`),
  };
  const values = inputValues(inputs);
  const bursts = found.map((b) => ({
    ...b,
    signature: burstSignature(b, series),
    impact: impactOfExcessFailures(b.excessFailures, values),
  }));
  return {
    bursts,
    inputs,
    impact: evaluateImpact(values),
    scenarios: impactScenarios(values),
    sensitivity: sensitivity(values),
    apiCallsPerPage: calls,
    missing: missingSeries(series),
  };
}
