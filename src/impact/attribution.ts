import type { Burst } from './detectBursts';
import type { InputSeries } from './series';
import {
  cleanSeries,
  groupByService,
  Scratch,
  hasUsableSample,
  lowerBound,
  windowStats,
  type CleanSeries,
  type CleanStats,
  type TimeWindow,
} from './seriesIndex';

/** Seed 000 section 5: above 10% of remote closes with requests in flight is a structural close problem. */
export const REMOTE_CLOSE_RATIO_SIGNATURE = 0.1;

export interface ProxySeries {
  rxReset: InputSeries[];
  remoteCloseRatio: InputSeries[];
  /** Per node, not per service: host-wide CLOSE_WAIT counts. */
  closeWait: InputSeries[];
}

export interface BurstSignature {
  /** True when every proxy that exists agrees the burst is a CLOSE_WAIT burst. */
  closeWait: boolean;
  rxReset: boolean;
  /** Highest remote-close-with-active-requests ratio during the burst, if the service had enough closes. */
  remoteCloseRatio?: number;
  /** Undefined when CLOSE_WAIT counts are not scraped. */
  closeWaitRose?: boolean;
}

/** One service's proxy series, cleaned once for all of its bursts. */
export interface ServiceProxies {
  rxReset: CleanSeries;
  remoteCloseRatio: CleanSeries;
  /** Host-wide CLOSE_WAIT total per timestamp; undefined when not scraped. */
  closeWaitTotal?: CleanSeries;
}

/** a + b at every timestamp either has (both sorted): a linear merge into `out`'s buffers. */
function addSeries(a: CleanSeries, b: CleanSeries, out: Scratch): CleanSeries {
  const { t, v } = out.reserve(a.t.length + b.t.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.t.length || j < b.t.length) {
    const ta = i < a.t.length ? a.t[i] : Number.POSITIVE_INFINITY;
    const tb = j < b.t.length ? b.t[j] : Number.POSITIVE_INFINITY;
    t[n] = Math.min(ta, tb);
    v[n] = (ta === t[n] ? a.v[i++] : 0) + (tb === t[n] ? b.v[j++] : 0);
    n += 1;
  }
  return { t: t.subarray(0, n), v: v.subarray(0, n) };
}

/** Host-wide CLOSE_WAIT total per timestamp, summed over nodes (each node's series cleaned first). */
export function totalCloseWait(series: InputSeries[], window?: TimeWindow, stats?: CleanStats): CleanSeries {
  // Node after node through the same three buffers (a fresh pair per node was 20 MB of garbage for 50 nodes × 30 days).
  const node = new Scratch();
  const sums = [new Scratch(), new Scratch()];
  let total: CleanSeries = { t: new Float64Array(0), v: new Float64Array(0) };
  let k = 0;
  for (const nodeSeries of groupByService(series).values()) {
    total = addSeries(total, cleanSeries(nodeSeries, window, stats, node), sums[k++ % 2]);
  }
  return { t: total.t.slice(), v: total.v.slice() };
}

function closeWaitRose(total: CleanSeries, burst: Burst): boolean | undefined {
  const during = windowStats(total, burst.start, burst.end);
  if (during.count === 0) {
    return undefined;
  }
  const before = lowerBound(total.t, burst.start) - 1;
  return during.max > (before >= 0 ? total.v[before] : 0);
}

/** The signature of one burst from its service's cleaned proxy series. */
export function signatureIn(proxies: ServiceProxies, burst: Burst): BurstSignature {
  const rx = windowStats(proxies.rxReset, burst.start, burst.end);
  const ratio = windowStats(proxies.remoteCloseRatio, burst.start, burst.end);
  const remoteCloseRatio = ratio.count ? ratio.max : undefined;
  const rose = proxies.closeWaitTotal ? closeWaitRose(proxies.closeWaitTotal, burst) : undefined;
  const rxReset = rx.count > 0 && rx.sum > 0;
  // A proxy that counts no remote closes for the service (HAProxy) needs the CLOSE_WAIT rise measured instead.
  const corroborated =
    proxies.remoteCloseRatio.t.length > 0
      ? (remoteCloseRatio ?? 0) > REMOTE_CLOSE_RATIO_SIGNATURE && rose !== false
      : rose === true;
  return { closeWait: rxReset && corroborated, rxReset, remoteCloseRatio, closeWaitRose: rose };
}

// Keyed on the closeWait array: callers asking burst by burst sum the nodes once, not once per burst.
const closeWaitTotals = new WeakMap<InputSeries[], { length: number; total: CleanSeries | undefined }>();

function cachedCloseWaitTotal(series: InputSeries[]): CleanSeries | undefined {
  const cached = closeWaitTotals.get(series);
  if (cached && cached.length === series.length) {
    return cached.total;
  }
  const total = hasUsableSample(series) ? totalCloseWait(series) : undefined;
  closeWaitTotals.set(series, { length: series.length, total });
  return total;
}

/** The span of a service's bursts: a signature reads the proxies only there, so nothing else is parsed. */
export function spanOf(bursts: Burst[]): TimeWindow {
  return bursts.reduce((w, b) => ({ from: Math.min(w.from, b.start), to: Math.max(w.to, b.end) }), {
    from: Number.POSITIVE_INFINITY,
    to: Number.NEGATIVE_INFINITY,
  });
}

/** Signatures of many bursts, each service's proxy series cleaned once; in the order of `bursts`. */
export function burstSignatures(bursts: Burst[], proxies: ProxySeries): BurstSignature[] {
  const closeWaitTotal = cachedCloseWaitTotal(proxies.closeWait);
  const rxBy = groupByService(proxies.rxReset);
  const ratioBy = groupByService(proxies.remoteCloseRatio);
  const scratch = { rx: new Scratch(), ratio: new Scratch() };
  const signatures = new Map<Burst, BurstSignature>();
  for (const [service, own] of groupByService(bursts)) {
    const during = spanOf(own);
    const serviceProxies: ServiceProxies = {
      rxReset: cleanSeries(rxBy.get(service) ?? [], during, undefined, scratch.rx),
      remoteCloseRatio: cleanSeries(ratioBy.get(service) ?? [], during, undefined, scratch.ratio),
      closeWaitTotal,
    };
    for (const burst of own) {
      signatures.set(burst, signatureIn(serviceProxies, burst));
    }
  }
  return bursts.map((burst) => signatures.get(burst) as BurstSignature);
}

/** One burst's signature; for many bursts burstSignatures (or liveImpact) cleans each service once. */
export function burstSignature(burst: Burst, proxies: ProxySeries): BurstSignature {
  return burstSignatures([burst], proxies)[0];
}

/** Whether the proxy metrics exist to measure attribution at all: resets, and a remote-close ratio or CLOSE_WAIT counts. */
export function attributionMeasurable(proxies: ProxySeries): boolean {
  return (
    hasUsableSample(proxies.rxReset) &&
    (hasUsableSample(proxies.remoteCloseRatio) || hasUsableSample(proxies.closeWait))
  );
}

/** Share of bursts with the CLOSE_WAIT signature; undefined unless the proxy metrics exist to measure it. */
export function measuredAttributionRate(bursts: Burst[], proxies: ProxySeries): number | undefined {
  if (bursts.length === 0 || !attributionMeasurable(proxies)) {
    return undefined;
  }
  return burstSignatures(bursts, proxies).filter((s) => s.closeWait).length / bursts.length;
}
