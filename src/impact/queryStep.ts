import { DEFAULT_BURST_OPTIONS } from './detectBursts';

/** Prometheus refuses a range query of more than 11,000 points a series; one is kept for the range's own end. */
export const PROMETHEUS_MAX_POINTS = 11_000;

// Steps Grafana's interval rounding (rangeUtil.roundInterval, the Prometheus backend's safe interval) never changes.
const GRAFANA_ROUND_STEPS_SECONDS = [
  60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 604_800,
];

/** The coarsest step that still sees a burst of `minDurationSeconds` (the step warning's rule: half of it). */
export function honestStepSeconds(minDurationSeconds = DEFAULT_BURST_OPTIONS.minDurationSeconds): number {
  return Math.max(1, Math.floor(minDurationSeconds / 2));
}

/** The longest range a step answers without passing Prometheus's point limit. */
export function longestRangeSeconds(stepSeconds: number): number {
  return stepSeconds * (PROMETHEUS_MAX_POINTS - 1);
}

/**
 * The range-query step burst detection asks for over `rangeSeconds`: half the minimum burst duration where the
 * point limit allows (150 s up to ~19 days), else the finest step within the limit that Grafana's rounding keeps.
 */
export function burstStepSeconds(
  rangeSeconds: number,
  minDurationSeconds = DEFAULT_BURST_OPTIONS.minDurationSeconds
): number {
  const honest = honestStepSeconds(minDurationSeconds);
  if (!(rangeSeconds > longestRangeSeconds(honest))) {
    return honest;
  }
  const needed = rangeSeconds / (PROMETHEUS_MAX_POINTS - 1);
  const rounded = GRAFANA_ROUND_STEPS_SECONDS.find((step) => step >= needed);
  return rounded ?? Math.ceil(needed / 86_400) * 86_400;
}
