/** A uniform number in [0, 1) from (seed, stream, step): order-free, so backfill and the live exporter agree. */
export function uniformAt(seed: number, stream: number, step: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(step, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Multiplicative noise around 1, within ±spread. */
export function noiseAt(seed: number, stream: number, step: number, spread: number): number {
  return 1 + spread * (2 * uniformAt(seed, stream, step) - 1);
}
