import type { InputSeries } from './series';
import { cleanSeries, groupByService, type CleanSeries } from './seriesIndex';

export interface Span {
  service: string;
  /** Unix ms; a sample at t is inside when start ≤ t < end (a detected burst's samples). */
  start: number;
  end: number;
}

export interface Amplification {
  /** Upstream attempts ÷ first attempts inside the service's bursts; null without a burst. */
  inBursts: number | null;
  /** The same outside its bursts. */
  baseline: number | null;
}

/** Sums of two series over the timestamps both have. */
export interface PairSums {
  first: number;
  second: number;
}

const ratio = (s: PairSums) => (s.first > 0 && s.first > s.second ? s.first / (s.first - s.second) : null);

/** Σ first and Σ second at the timestamps both series have, split by whether the time falls in a (sorted) span. */
export function splitSums(first: CleanSeries, second: CleanSeries, spans: Span[]): [PairSums, PairSums] {
  const inside: PairSums = { first: 0, second: 0 };
  const outside: PairSums = { first: 0, second: 0 };
  let j = 0;
  let k = 0;
  for (let i = 0; i < first.t.length; i++) {
    const t = first.t[i];
    while (j < second.t.length && second.t[j] < t) {
      j++;
    }
    if (j >= second.t.length || second.t[j] !== t) {
      continue;
    }
    while (k < spans.length && spans[k].end <= t) {
      k++;
    }
    const target = k < spans.length && spans[k].start <= t ? inside : outside;
    target.first += first.v[i];
    target.second += second.v[j];
  }
  return [inside, outside];
}

/**
 * Retry amplification per service, in bursts and outside them: upstream attempts ÷ (attempts − retries). Envoy
 * counts every attempt in upstream_rq_total, so 1.0 means no retries. Linear in samples plus bursts.
 */
export function retryAmplification(
  attempts: InputSeries[],
  retries: InputSeries[],
  bursts: Span[]
): Map<string, Amplification> {
  const spansBy = groupByService([...bursts].sort((a, b) => a.start - b.start));
  const retriesBy = groupByService(retries);
  const out = new Map<string, Amplification>();
  for (const [service, list] of groupByService(attempts)) {
    const retryList = retriesBy.get(service);
    if (!retryList) {
      continue;
    }
    const spans = spansBy.get(service) ?? [];
    const [inside, outside] = splitSums(cleanSeries(list), cleanSeries(retryList), spans);
    out.set(service, { inBursts: spans.length ? ratio(inside) : null, baseline: ratio(outside) });
  }
  return out;
}
