import type { Burst } from './detectBursts';
import { cleanPoints, pointsByService, sumOver, type Point, type ServiceSeries } from './series';

/** Seed 000 section 5: above 10% of remote closes with requests in flight is a structural close problem. */
export const REMOTE_CLOSE_RATIO_SIGNATURE = 0.1;

export interface ProxySeries {
  rxReset: ServiceSeries[];
  remoteCloseRatio: ServiceSeries[];
  /** Per node, not per service: host-wide CLOSE_WAIT counts. */
  closeWait: ServiceSeries[];
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

function hasData(series: ServiceSeries[]): boolean {
  return series.some((s) => cleanPoints(s.samples).length > 0);
}

/** Host-wide CLOSE_WAIT total per timestamp, summed over nodes. */
function totalCloseWait(series: ServiceSeries[]): Point[] {
  const total = new Map<number, number>();
  for (const points of pointsByService(series).values()) {
    for (const p of points) {
      total.set(p.t, (total.get(p.t) ?? 0) + p.v);
    }
  }
  return [...total.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t, v }));
}

function closeWaitRose(total: Point[], burst: Burst): boolean | undefined {
  const before = total.filter((p) => p.t < burst.start).pop();
  const during = sumOver(total, burst.start, burst.end);
  if (during.count === 0) {
    return undefined;
  }
  return during.max > (before?.v ?? 0);
}

export function burstSignature(burst: Burst, proxies: ProxySeries): BurstSignature {
  const rx = sumOver(pointsByService(proxies.rxReset).get(burst.service) ?? [], burst.start, burst.end);
  const ratioPoints = pointsByService(proxies.remoteCloseRatio).get(burst.service) ?? [];
  const ratio = sumOver(ratioPoints, burst.start, burst.end);
  const remoteCloseRatio = ratio.count ? ratio.max : undefined;
  const rose = hasData(proxies.closeWait) ? closeWaitRose(totalCloseWait(proxies.closeWait), burst) : undefined;
  const rxReset = rx.count > 0 && rx.sum > 0;
  // A proxy that counts no remote closes for the service (HAProxy) needs the CLOSE_WAIT rise measured instead.
  const corroborated =
    ratioPoints.length > 0 ? (remoteCloseRatio ?? 0) > REMOTE_CLOSE_RATIO_SIGNATURE && rose !== false : rose === true;
  return { closeWait: rxReset && corroborated, rxReset, remoteCloseRatio, closeWaitRose: rose };
}

/** Share of bursts with the CLOSE_WAIT signature; undefined unless the proxy metrics exist to measure it. */
export function measuredAttributionRate(bursts: Burst[], proxies: ProxySeries): number | undefined {
  const corroboration = hasData(proxies.remoteCloseRatio) || hasData(proxies.closeWait);
  if (bursts.length === 0 || !hasData(proxies.rxReset) || !corroboration) {
    return undefined;
  }
  return bursts.filter((b) => burstSignature(b, proxies).closeWait).length / bursts.length;
}
