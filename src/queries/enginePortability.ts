/**
 * How far VictoriaMetrics 1.79 (MetricsQL) may answer a catalogue expression differently from Prometheus 2.42 on the
 * same samples (docs/compatibility.md, "Engines"; checked by tests/conformance/victoriaMetricsQueries.test.ts).
 * Measured on the simulated month: rates, ratios and gauges agree to 1e-15; increase() over 30 days to 1.3e-5
 * (MetricsQL does not extrapolate to the window's edges); histogram_quantile to 1.4% (it interpolates buckets
 * differently). Every catalogue query, recording and alert is written in the portable subset: no query needs a
 * per-engine form.
 */
export function engineTolerance(expr: string): number {
  if (expr.includes('histogram_quantile')) {
    return 0.02;
  }
  if (/increase\(|sum_over_time\(/.test(expr)) {
    return 1e-3;
  }
  return 1e-9;
}
