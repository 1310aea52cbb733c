// The few semver functions the scripts use; semver ships no types and @types/semver is not installed.
declare module 'semver' {
  export function satisfies(version: string, range: string): boolean;
  export function validRange(range: string): string | null;
  export function minVersion(range: string): { version: string } | null;
}
