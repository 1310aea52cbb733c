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

interface Sums {
  attempts: number;
  retries: number;
}

const ratio = (s: Sums) => (s.attempts > 0 && s.attempts > s.retries ? s.attempts / (s.attempts - s.retries) : null);

/** Σ attempts and Σ retries at the timestamps both series have, split by whether the time falls in a span. */
function splitSums(attempts: CleanSeries, retries: CleanSeries, spans: Span[]): [Sums, Sums] {
  const inside: Sums = { attempts: 0, retries: 0 };
  const outside: Sums = { attempts: 0, retries: 0 };
  let j = 0;
  let k = 0;
  for (let i = 0; i < attempts.t.length; i++) {
    const t = attempts.t[i];
    while (j < retries.t.length && retries.t[j] < t) {
      j++;
    }
    if (j >= retries.t.length || retries.t[j] !== t) {
      continue;
    }
    while (k < spans.length && spans[k].end <= t) {
      k++;
    }
    const target = k < spans.length && spans[k].start <= t ? inside : outside;
    target.attempts += attempts.v[i];
    target.retries += retries.v[j];
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
