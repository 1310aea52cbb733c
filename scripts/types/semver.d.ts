// The few semver functions the scripts use; semver ships no types and @types/semver is not installed.
declare module 'semver' {
  export function satisfies(version: string, range: string): boolean;
  export function validRange(range: string): string | null;
  export function minVersion(range: string): { version: string } | null;
}
// The single-function modules src/shims/semverForSelectors.ts re-exports for the plugin bundle.
declare module 'semver/functions/compare' {
  export default function compare(a: string, b: string): -1 | 0 | 1;
}
declare module 'semver/functions/gte' {
  export default function gte(a: string, b: string): boolean;
}
declare module 'semver/functions/valid' {
  export default function valid(version: string): string | null;
}
