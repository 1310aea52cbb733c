// One-minute steps keep 30-minute bursts sharp; past two months each side the step widens so a query stays near 90,000 points.
const ONE_MINUTE_UP_TO_SECONDS = 62 * 86_400;

/** The fine step for the whole span of both windows: 60 s up to 62 days, wider beyond, at most 300 s. */
export function validationStepSeconds(spanSeconds: number): number {
  return Math.min(300, Math.max(60, Math.ceil(spanSeconds / ONE_MINUTE_UP_TO_SECONDS) * 60));
}
