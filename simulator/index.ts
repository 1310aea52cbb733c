export { buildTimeline, MAX_DAYS, type Timeline, type ResolvedBurst, type ResolvedFix } from './timeline';
export { generate, counterIncrease, findSeries, indexAt, type Generated, type GeneratedSeries } from './generate';
export { groundTruth, type GroundTruth, type GroundTruthBurst, type GroundTruthRestart } from './groundTruth';
export { writeOpenMetrics } from './openMetrics';
export { allSeries, type SeriesSpec } from './series';
export { DEFAULT_DAYS, DEFAULT_END, DEFAULT_SEED, FRONTEND_SOURCE, SERVICES, STEP_SECONDS } from './scenario';
export { backfill, scenarioTimeline, SCENARIOS, type BackfillResult, type ScenarioName } from './backfill';
export {
  buildFixRolloutTimeline,
  FIX_ROLLOUT_AT,
  FIX_ROLLOUT_DAYS,
  FIX_ROLLOUT_SCENARIO,
  FIXED_SERVICES,
  NOT_HELPED_SERVICE,
} from './fixRollout';
export { startLiveExporter, MAX_SPEED, type LiveExporter, type LiveExporterOptions } from './liveExporter';
export { ScenarioEngine } from './engine';
export type { Ejection, EjectionReason } from './loadBalancer';
export type { LoadBalancerTruth } from './loadBalancerTruth';
export { BACKEND_KEEPALIVE_MS, SIMULATED_PROXY_IDLE_MS } from './keepAliveSeries';
