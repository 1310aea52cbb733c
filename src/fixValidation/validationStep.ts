import { PROMETHEUS_MAX_POINTS } from '../impact/queryStep';

// One-minute steps keep 30-minute bursts sharp; past two months each side the step widens so a query stays near 90,000 points.
const ONE_MINUTE_UP_TO_SECONDS = 62 * 86_400;

/** The coarse step of a preliminary pass: the ROI panel's own resolution, a fifth of the points at most. */
export const PRELIMINARY_STEP_SECONDS = 300;

/** The fine step for the whole span of both windows: 60 s up to 62 days, wider beyond, at most 300 s. */
export function validationStepSeconds(spanSeconds: number): number {
  return Math.min(300, Math.max(60, Math.ceil(spanSeconds / ONE_MINUTE_UP_TO_SECONDS) * 60));
}

/**
 * The step of a quick first pass before the fine one, or undefined when the fine step is already as coarse: 5 minutes,
 * widened to the whole minute that answers the span in one request a series where that stays within 10 minutes
 * (2 × 21 days: 6 minutes, half the requests of two 11,000-point pieces).
 */
export function preliminaryStepSeconds(spanSeconds: number): number | undefined {
  const oneRequest = Math.ceil(spanSeconds / (PROMETHEUS_MAX_POINTS - 1) / 60) * 60;
  const coarse =
    oneRequest <= 2 * PRELIMINARY_STEP_SECONDS
      ? Math.max(PRELIMINARY_STEP_SECONDS, oneRequest)
      : PRELIMINARY_STEP_SECONDS;
  return validationStepSeconds(spanSeconds) < coarse ? coarse : undefined;
}
