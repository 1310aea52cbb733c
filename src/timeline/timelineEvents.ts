import { pointsByService, type Burst, type ServiceSeries } from '../impact';
import { namespaceCandidates } from '../fixValidation/namespaces';
import type { Deployment } from '../fixValidation/types';

export type TimelineKind = 'burst' | 'deployment' | 'restart' | 'fix';

/** One mark on the time axis: a moment, or a region when it has an end. Texts are plain (never HTML). */
export interface TimelineEvent {
  kind: TimelineKind;
  time: number;
  timeEnd?: number;
  title: string;
  text: string;
}

// A burst that starts within an hour after a rollout (or while it runs) is the "5xx + crash post-deployment" pattern:
// the same hour fix validation leaves restarts after a rollout out of restart-to-recover.
export const POST_DEPLOYMENT_MS = 3_600_000;
// Restarts closer than this are one mark: a pod restarted to recover often restarts its siblings minutes later.
const RESTART_GAP_MS = 15 * 60_000;

const iso = (ms: number) => new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z');
const minutes = (ms: number) => Math.round(ms / 60_000);

function rolloutsByNamespace(deployments: Deployment[]): Map<string, Deployment[]> {
  const byNamespace = new Map<string, Deployment[]>();
  for (const d of deployments) {
    const list = byNamespace.get(d.namespace) ?? [];
    list.push(d);
    byNamespace.set(d.namespace, list);
  }
  return byNamespace;
}

/** The rollout of the burst's service (its namespace from the service name) the burst followed, if any. */
export function deploymentBefore(burst: Burst, byNamespace: Map<string, Deployment[]>): Deployment | undefined {
  const rollouts = namespaceCandidates([burst.service]).flatMap((ns) => byNamespace.get(ns) ?? []);
  return rollouts
    .filter((d) => d.at >= burst.start - POST_DEPLOYMENT_MS && d.at <= burst.end)
    .sort((a, b) => b.at - a.at)[0];
}

/** Bursts as regions; those that follow a rollout of their service are labelled so, not counted as a leak. */
export function burstEvents(bursts: Burst[], deployments: Deployment[]): TimelineEvent[] {
  const byNamespace = rolloutsByNamespace(deployments);
  return bursts.map((b) => {
    const rollout = deploymentBefore(b, byNamespace);
    const what = `${b.service}: 5xx ratio up to ${(b.peakErrorRate * 100).toFixed(1)}% for ${minutes(b.end - b.start)} min`;
    return {
      kind: 'burst',
      time: b.start,
      timeEnd: b.end,
      title: rollout ? '5xx burst after a deployment' : '5xx burst',
      text: rollout
        ? `${what}, ${minutes(b.start - rollout.at)} min after ${rollout.namespace}/${rollout.deployment} rolled out (${iso(rollout.at)}): a deployment, not the CLOSE_WAIT leak — check the new pods' logs.`
        : `${what}. Check the CLOSE_WAIT proxy row and whether a restart ended it.`,
    };
  });
}

export function deploymentEvents(deployments: Deployment[]): TimelineEvent[] {
  return deployments.map((d) => ({
    kind: 'deployment',
    time: d.at,
    title: 'Deployment rollout',
    text: `${d.namespace}/${d.deployment}: new ReplicaSet created ${iso(d.at)}.`,
  }));
}

/** Runs of restarts per namespace (from per-window increases), one mark each with roughly how many. */
export function restartEvents(increases: ServiceSeries[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const [namespace, points] of pointsByService(increases)) {
    let current: { start: number; end: number; peak: number } | undefined;
    const close = () => current && events.push(restartEvent(namespace, current));
    for (const p of points) {
      if (p.v < 0.5) {
        continue;
      }
      if (current && p.t - current.end <= RESTART_GAP_MS) {
        current.end = p.t;
        current.peak = Math.max(current.peak, p.v);
      } else {
        close();
        current = { start: p.t, end: p.t, peak: p.v };
      }
    }
    close();
  }
  return events.sort((a, b) => a.time - b.time);
}

function restartEvent(namespace: string, run: { start: number; end: number; peak: number }): TimelineEvent {
  const n = Math.max(1, Math.round(run.peak));
  return {
    kind: 'restart',
    time: run.start,
    timeEnd: run.end > run.start ? run.end : undefined,
    title: 'Container restarts',
    text: `${namespace}: about ${n} container restart${n === 1 ? '' : 's'}. Right after a burst's end: restart-to-recover.`,
  };
}

export function fixEvent(fixAt: number): TimelineEvent {
  return { kind: 'fix', time: fixAt, title: 'Fix', text: `The fix went live ${iso(fixAt)}: compare before and after.` };
}
