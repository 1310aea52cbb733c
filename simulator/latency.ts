// Latency as a log-normal distribution fixed by its median and p99, spread into histogram buckets.
const Z99 = 2.3263;

export const ENVOY_BUCKETS_MS = [10, 25, 50, 100, 250, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000];
export const NGINX_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface LogNormal {
  mu: number;
  sigma: number;
}

export function logNormal(median: number, p99: number): LogNormal {
  return { mu: Math.log(median), sigma: Math.log(p99 / median) / Z99 };
}

export function cdf(d: LogNormal, x: number): number {
  return 0.5 * (1 + erf((Math.log(x) - d.mu) / (d.sigma * Math.SQRT2)));
}

export function mean(d: LogNormal): number {
  return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
}

// Abramowitz–Stegun 7.1.26: 1.5e-7 absolute error, plenty for bucket shares.
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}
