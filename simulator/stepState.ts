import { cdf, logNormal, mean, type LogNormal } from './latency';
import { noiseAt } from './random';
import { INGRESSES, INSTANCES, SERVICES, type ServiceProfile } from './scenario';
import type { ResolvedBurst, ResolvedEvent, Timeline } from './timeline';

/** What one service is doing during the sample interval (t − step, t]. */
export interface ServiceStep {
  profile: ServiceProfile;
  requestsPerSecond: number;
  errorRatio: number;
  burst?: ResolvedBurst;
  closeWaitBurst: boolean;
  /** 0 → 1 over the first five minutes of a burst. */
  intensity: number;
  deploying: boolean;
  noneHealthy: boolean;
  counterReset: boolean;
  latencyMs: LogNormal;
  /** After an effective fix: maxRequestsPerConnection and a shorter idle timeout recycle connections. */
  keepAliveTuned: boolean;
}

export interface NodeStep {
  closeWait: number;
  established: number;
  burstOnNode: boolean;
}

export interface IngressStep {
  requestsPerSecond: number;
  clientClosedPerSecond: number;
  latencyS: LogNormal;
}

export interface StepState {
  t: number;
  step: number;
  services: ServiceStep[];
  nodes: NodeStep[];
  ingresses: IngressStep[];
}

const DAILY_AMPLITUDE = 0.45;
const PEAK_HOUR_UTC = 17;
export const CLOSE_WAIT_BUILDUP_SECONDS = 6 * 3600;
export const CLOSE_WAIT_PEAK = 600;

const within = (t: number, step: number, w: { start: number; end: number }) => t - step >= w.start && t <= w.end;

export function dailyCycle(t: number): number {
  const hour = (t % 86400) / 3600;
  return 1 + DAILY_AMPLITUDE * Math.cos((2 * Math.PI * (hour - PEAK_HOUR_UTC)) / 24);
}

export function stepState(timeline: Timeline, seed: number, t: number): StepState {
  const { step } = timeline;
  const stepIndex = Math.round(t / step);
  const services = SERVICES.map((profile, i) => serviceStep(timeline, seed, t, stepIndex, profile, i));
  const nodes = INSTANCES.map((instance, i) => nodeStep(timeline, seed, t, stepIndex, instance, i, services));
  const ingresses = INGRESSES.map((ingress, i) => ingressStep(timeline, t, ingress, i));
  return { t, step, services, nodes, ingresses };
}

function serviceStep(
  timeline: Timeline,
  seed: number,
  t: number,
  stepIndex: number,
  profile: ServiceProfile,
  index: number
): ServiceStep {
  const { step } = timeline;
  const mid = t - step / 2;
  const requestsPerSecond = profile.requestRate * dailyCycle(mid) * noiseAt(seed, index, stepIndex, 0.03);
  const burst = timeline.bursts.find((b) => b.service === profile.source && within(t, step, b));
  const intensity = burst ? Math.min(1, (t - burst.start) / 300) : 0;
  const errorRatio = burst
    ? profile.baselineErrorRatio + (burst.errorRatio - profile.baselineErrorRatio) * intensity
    : profile.baselineErrorRatio;
  const closeWaitBurst = burst?.cause === 'close_wait';
  const deploying = timeline.events.some(
    (e) => e.kind === 'deployment' && e.service === profile.source && within(t, step, e)
  );
  const counterReset = timeline.events.some(
    (e: ResolvedEvent) =>
      e.kind === 'counter_reset' && e.service === profile.source && t - step < e.start && t >= e.start
  );
  const tail = burst ? (closeWaitBurst ? 2.5 : 1.6) * intensity + (1 - intensity) : deploying ? 1.2 : 1;
  return {
    profile,
    requestsPerSecond,
    errorRatio,
    burst,
    closeWaitBurst,
    intensity,
    deploying,
    noneHealthy: closeWaitBurst && !!burst && burst.end - t < 600,
    counterReset,
    latencyMs: logNormal(profile.latencyP50Ms * (1 + 0.2 * intensity), profile.latencyP99Ms * tail),
    keepAliveTuned: (timeline.fixes ?? []).some((f) => f.effective && f.service === profile.source && t > f.at),
  };
}

function nodeStep(
  timeline: Timeline,
  seed: number,
  t: number,
  stepIndex: number,
  instance: string,
  index: number,
  services: ServiceStep[]
): NodeStep {
  let closeWait = 4 + Math.round(2 * noiseAt(seed, 100 + index, stepIndex, 1));
  for (const b of timeline.bursts) {
    const host = services.find((s) => s.profile.source === b.service)?.profile.instance;
    const from = b.start - CLOSE_WAIT_BUILDUP_SECONDS;
    // The leak builds for hours before the burst and is cleared by the restart that ends it.
    if (b.cause === 'close_wait' && host === instance && t > from && t <= b.end) {
      closeWait += Math.round((CLOSE_WAIT_PEAK * (t - from)) / (b.end - from));
    }
  }
  const hosted = services.filter((s) => s.profile.instance === instance);
  const established = Math.round(200 + hosted.reduce((sum, s) => sum + s.requestsPerSecond * 0.05, 0));
  return { closeWait, established, burstOnNode: hosted.some((s) => s.closeWaitBurst) };
}

function ingressStep(timeline: Timeline, t: number, ingress: string, index: number): IngressStep {
  const surge = timeline.events.some(
    (e) => e.kind === 'ingress_499_surge' && e.ingress === ingress && within(t, timeline.step, e)
  );
  const base = index === 0 ? 20 : 5;
  return {
    requestsPerSecond: base * dailyCycle(t),
    clientClosedPerSecond: surge ? 3 : 0.01,
    latencyS: surge ? logNormal(0.08, 8) : logNormal(0.05, 0.8),
  };
}

export const bucketShare = cdf;
export const meanOf = mean;
