import type { Burst } from '../impact';
import { confidenceRateFell } from './rateTest';
import type { Deployment } from './types';
import { DAY_MS, DEFAULT_WINDOW_MS } from './windows';

export interface FixTimeCandidate {
  deployment: Deployment;
  burstsBefore: number;
  burstsAfter: number;
  /** Confidence that bursts became rarer after this rollout (exact Poisson rate test). */
  confidence: number;
}

export interface FixTimeSearch {
  /** Unix ms of the data the bursts were detected in. */
  dataFrom: number;
  dataTo: number;
  windowMs?: number;
}

function candidate(d: Deployment, bursts: Burst[], s: FixTimeSearch): FixTimeCandidate | undefined {
  const w = s.windowMs ?? DEFAULT_WINDOW_MS;
  const before = { from: Math.max(s.dataFrom, d.at - w), to: d.at };
  const after = { from: d.at, to: Math.min(s.dataTo, d.at + w) };
  const daysBefore = (before.to - before.from) / DAY_MS;
  const daysAfter = (after.to - after.from) / DAY_MS;
  if (daysBefore < 1 || daysAfter < 1) {
    return undefined;
  }
  const burstsBefore = bursts.filter((b) => b.start >= before.from && b.start < before.to).length;
  const burstsAfter = bursts.filter((b) => b.start >= after.from && b.start < after.to).length;
  const dropped = burstsBefore >= 2 && burstsAfter / daysAfter <= (0.5 * burstsBefore) / daysBefore;
  const confidence = confidenceRateFell(
    { events: burstsBefore, days: daysBefore },
    { events: burstsAfter, days: daysAfter },
    0
  );
  return dropped && confidence !== null ? { deployment: d, burstsBefore, burstsAfter, confidence } : undefined;
}

// Confidences that agree to three decimals are equally clear.
const clearness = (c: FixTimeCandidate) => Math.round(c.confidence * 1000);

/**
 * The page's default fix time: among the service's rollouts after which bursts at least halved (two or
 * more before), the one after which the drop is clearest; the most recent when two are equally clear.
 * A later routine rollout sees fewer pre-fix bursts in its before window, so it does not win over the fix.
 */
export function findDefaultFixTime(
  deployments: Deployment[],
  bursts: Burst[],
  search: FixTimeSearch
): FixTimeCandidate | undefined {
  return deployments
    .map((d) => candidate(d, bursts, search))
    .filter((c): c is FixTimeCandidate => c !== undefined)
    .sort((a, b) => clearness(b) - clearness(a) || b.deployment.at - a.deployment.at)[0];
}
