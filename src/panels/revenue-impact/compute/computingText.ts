/** The panel's line while the engine runs; the browser suite asserts it too (so no UI imports here). */
export function computingText(services: number): string {
  return `Computing impact for ${services} ${services === 1 ? 'service' : 'services'}…`;
}
