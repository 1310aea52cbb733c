import type { DataCoverage } from './coverage';
import { FLEET_INPUTS, type FleetInput, type FleetSeries } from './fleetScan';
import { days } from './liveInputs';
import { longestRangeSeconds, PROMETHEUS_MAX_POINTS } from './queryStep';
import { isUnlabelled, MAX_PLAUSIBLE_SAMPLE } from './seriesIndex';

const MS_PER_HOUR = 3_600_000;

export interface WarningFacts {
  series: FleetSeries;
  coverage: DataCoverage;
  coveredMs: number;
  /** Finest step of the request series, ms. */
  stepMs?: number;
  minDurationSeconds: number;
  implausible: Record<FleetInput, number>;
  /** One line each for inputs that fell back to an assumption because their series were missing. */
  fallbacks: string[];
  /** Assumptions that failed validation, as their messages. */
  invalidAssumptions: string[];
}

export function duration(ms: number): string {
  const s = ms / 1000;
  if (s < 120) {
    return `${Number(s.toPrecision(3))} s`;
  }
  if (s < 7200) {
    return `${Number((s / 60).toPrecision(3))} minutes`;
  }
  return s < 172_800 ? `${Number((s / 3600).toPrecision(3))} hours` : `${Number((s / 86_400).toPrecision(3))} days`;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');

function coverageWarnings({ coverage, coveredMs, stepMs }: WarningFacts): string[] {
  const requestedMs = coverage.requestedTo - coverage.requestedFrom;
  if (requestedMs <= 0) {
    return ['The requested range is empty (its end is not after its start): nothing can be measured.'];
  }
  if (coveredMs === 0) {
    return [];
  }
  const tolerance = Math.max(2 * (stepMs ?? 0), requestedMs * 0.001);
  const lines: string[] = [];
  if (coveredMs < requestedMs - tolerance) {
    const gaps = coveredMs < coverage.to - coverage.from - tolerance ? ', with gaps' : '';
    lines.push(
      `Request data covers ${days(coveredMs)} of the ${days(requestedMs)} requested days (${iso(coverage.from)} to ${iso(coverage.to)}${gaps}): per-month figures use the days with data.`
    );
  }
  if (coveredMs < 24 * MS_PER_HOUR) {
    lines.push(`Only ${duration(coveredMs)} of request data: bursts per month are extrapolated from a short span.`);
  }
  return lines;
}

// Why a finer step was not asked for: Prometheus answers at most PROMETHEUS_MAX_POINTS points a series.
function tooLongForStep(requestedMs: number, limitMs: number): string {
  const longestMs = longestRangeSeconds(limitMs / 1000) * 1000;
  if (requestedMs <= longestMs) {
    return '';
  }
  return ` The range (${duration(requestedMs)}) is too long for that step: Prometheus answers at most ${PROMETHEUS_MAX_POINTS.toLocaleString('en-US')} points a series, so only ranges up to ${duration(longestMs)} get it.`;
}

function stepWarning({ stepMs, minDurationSeconds, coverage }: WarningFacts): string[] {
  const limit = (minDurationSeconds * 1000) / 2;
  if (stepMs === undefined || stepMs <= limit) {
    return [];
  }
  const why = tooLongForStep(coverage.requestedTo - coverage.requestedFrom, limit);
  return [
    `The data's step (${duration(stepMs)}) is coarser than half the minimum burst duration (${duration(minDurationSeconds * 1000)}): a burst that short can be missed, and burst edges are only known to a step. A step of ${duration(limit)} or less sees them.${why}`,
  ];
}

function labelWarning({ series }: WarningFacts): string[] {
  const inputs = FLEET_INPUTS.filter((name) => series[name].some((s) => isUnlabelled(s.service)));
  if (inputs.length === 0) {
    return [];
  }
  const count = inputs.reduce((n, name) => n + series[name].filter((s) => isUnlabelled(s.service)).length, 0);
  const label = inputs.includes('closeWait') ? 'service label (node label, for closeWait)' : 'service label';
  return [
    `${count} series of ${inputs.join(', ')} ${count === 1 ? 'has' : 'have'} no ${label}, counted as one "(no label)" entry. Check the service label setting.`,
  ];
}

function implausibleWarning({ implausible }: WarningFacts): string[] {
  const inputs = FLEET_INPUTS.filter((name) => implausible[name] > 0);
  if (inputs.length === 0) {
    return [];
  }
  const count = inputs.reduce((n, name) => n + implausible[name], 0);
  return [
    `Ignored ${count} sample${count === 1 ? '' : 's'} above ${MAX_PLAUSIBLE_SAMPLE.toExponential()} in ${inputs.join(', ')}: no rate or socket count is that large.`,
  ];
}

/** Plain-text lines, one per problem, that a reader must see before trusting the figures. */
export function liveWarnings(facts: WarningFacts): string[] {
  return [
    ...coverageWarnings(facts),
    ...stepWarning(facts),
    ...labelWarning(facts),
    ...implausibleWarning(facts),
    ...facts.fallbacks,
    ...facts.invalidAssumptions.map((m) => `Invalid assumption: ${m}. Figures that use it are n/a.`),
  ];
}
