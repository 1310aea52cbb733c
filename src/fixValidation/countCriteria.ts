import type { Burst, ServiceSeries } from '../impact';
import { criterionResult, notScraped, type CriterionSpec } from './criterionResult';
import { coveredDays, EPISODE_GAP_MS, findEpisodes, inWindow, type Episode } from './episodes';
import { judgeCounts } from './verdictRules';
import type { CriterionResult, Deployment, TimeWindow, ValidationWindows } from './types';

const BURSTS: CriterionSpec = {
  id: 'bursts',
  title: '5xx bursts',
  role: 'primary',
  unit: 'per day',
  target: '≥ 50% fewer per day',
};
const RESTARTS: CriterionSpec = {
  id: 'restarts',
  title: 'Restart-to-recover',
  role: 'primary',
  unit: 'restarts per day',
  target: '≥ 50% fewer per day',
};
const RX_RESET: CriterionSpec = {
  id: 'rxReset',
  title: 'Stream resets from upstream (rx_reset)',
  role: 'primary',
  unit: 'per day',
  target: '≥ 90% fewer per day, or none after',
};

// A rollout restarts pods by design: restarts up to an hour after a new ReplicaSet are not restart-to-recover.
const ROLLOUT_MS = { before: 5 * 60_000, after: 3_600_000 };

const days = (d: number) => `${d.toFixed(1)} days`;
const count = (n: number) => Math.round(n).toLocaleString('en-US');

export function burstsCriterion(
  before: Burst[],
  after: Burst[],
  beforeDays: number,
  afterDays: number
): CriterionResult {
  if (!(beforeDays > 0) || !(afterDays > 0)) {
    return notScraped(BURSTS, 'request');
  }
  const judgement = judgeCounts(
    { events: before.length, days: beforeDays },
    { events: after.length, days: afterDays },
    0.5,
    false
  );
  return criterionResult(
    BURSTS,
    before.length / beforeDays,
    after.length / afterDays,
    judgement,
    `${before.length} bursts in ${days(beforeDays)} before, ${after.length} in ${days(afterDays)} after (the ROI panel's detection)`
  );
}

interface EpisodeCounts {
  raw: { before: number; after: number };
  episodes: { before: number; after: number };
  days: { before: number; after: number };
}

function countEpisodes(
  series: ServiceSeries[],
  windows: ValidationWindows,
  stepSeconds: number,
  keep: (e: Episode) => boolean
): EpisodeCounts {
  const before: TimeWindow = { from: windows.before.from, to: windows.fixAt };
  const after: TimeWindow = { from: windows.fixAt, to: windows.after.to + 1 };
  const episodes = findEpisodes(series, { stepSeconds, minEventsPerStep: 0.5, gapMs: EPISODE_GAP_MS }).filter(keep);
  const inside = (w: TimeWindow) => episodes.filter((e) => inWindow(e.start, w));
  const raw = (w: TimeWindow) => inside(w).reduce((s, e) => s + e.events, 0);
  return {
    raw: { before: raw(before), after: raw(after) },
    episodes: { before: inside(before).length, after: inside(after).length },
    days: { before: coveredDays(series, before, stepSeconds), after: coveredDays(series, after, stepSeconds) },
  };
}

function episodeCriterion(spec: CriterionSpec, c: EpisodeCounts, reduction: number, noneAfter: boolean, what: string) {
  const judgement = judgeCounts(
    { events: c.episodes.before, days: c.days.before },
    { events: c.episodes.after, days: c.days.after },
    reduction,
    noneAfter
  );
  return criterionResult(
    spec,
    c.raw.before / c.days.before,
    c.raw.after / c.days.after,
    judgement,
    `${count(c.raw.before)} ${what} in ${c.episodes.before} episodes over ${days(c.days.before)} before, ${count(c.raw.after)} in ${c.episodes.after} over ${days(c.days.after)} after; tested on episodes (events within an hour of each other are one), since they come in clusters`
  );
}

function hasData(counts: EpisodeCounts): boolean {
  return counts.days.before > 0 && counts.days.after > 0;
}

export function rxResetCriterion(rxReset: ServiceSeries[], windows: ValidationWindows, stepSeconds: number) {
  const counts = countEpisodes(rxReset, windows, stepSeconds, () => true);
  return hasData(counts) ? episodeCriterion(RX_RESET, counts, 0.9, true, 'resets') : notScraped(RX_RESET, 'rx_reset');
}

function duringRollout(e: Episode, deployments: Deployment[]): boolean {
  return deployments.some(
    (d) => d.namespace === e.key && e.start >= d.at - ROLLOUT_MS.before && e.start <= d.at + ROLLOUT_MS.after
  );
}

/** Restarts per namespace, without the ones a rollout makes. */
export function restartsCriterion(
  restarts: ServiceSeries[],
  deployments: Deployment[],
  windows: ValidationWindows,
  stepSeconds: number
): CriterionResult {
  const counts = countEpisodes(restarts, windows, stepSeconds, (e) => !duringRollout(e, deployments));
  if (!hasData(counts)) {
    const missing = notScraped(RESTARTS, 'container restart (kube-state-metrics)');
    return { ...missing, note: `${missing.note} Restarts are read in the namespaces the service names point at.` };
  }
  const result = episodeCriterion(RESTARTS, counts, 0.5, false, 'restarts');
  const rollouts = deployments.filter((d) => d.at >= windows.before.from && d.at <= windows.after.to).length;
  return { ...result, note: `${result.note} Restarts within an hour of ${rollouts} rollouts are left out.` };
}
