// Windows at least two steps wide so no sample falls between two rate windows.
export function rateIntervalFor(stepSeconds: number): string {
  return `${Math.max(2 * stepSeconds, 120)}s`;
}
