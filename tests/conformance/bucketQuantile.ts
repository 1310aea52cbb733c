/**
 * Prometheus' bucket interpolation (promql/quantile.go, 2.42) over cumulative bucket counts, so a p99 read
 * from the server can be compared with the same estimate made from the simulator's own counters.
 */
export function bucketQuantile(q: number, buckets: Array<{ le: number; count: number }>): number {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted.length < 2 || sorted[sorted.length - 1].le !== Infinity) {
    return NaN;
  }
  const observations = sorted[sorted.length - 1].count;
  if (observations === 0) {
    return NaN;
  }
  const rank = q * observations;
  const b = sorted.findIndex((x) => x.count >= rank);
  if (b === sorted.length - 1) {
    return sorted[sorted.length - 2].le;
  }
  if (b === 0 && sorted[0].le <= 0) {
    return sorted[0].le;
  }
  let bucketStart = 0;
  let count = sorted[b].count;
  let rankInBucket = rank;
  if (b > 0) {
    bucketStart = sorted[b - 1].le;
    count -= sorted[b - 1].count;
    rankInBucket -= sorted[b - 1].count;
  }
  return bucketStart + (sorted[b].le - bucketStart) * (rankInBucket / count);
}
