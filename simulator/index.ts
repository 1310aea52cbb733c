export { buildTimeline, MAX_DAYS, type Timeline, type ResolvedBurst } from './timeline';
export { generate, counterIncrease, findSeries, indexAt, type Generated, type GeneratedSeries } from './generate';
export { groundTruth, type GroundTruth, type GroundTruthBurst, type GroundTruthRestart } from './groundTruth';
export { writeOpenMetrics } from './openMetrics';
export { allSeries, type SeriesSpec } from './series';
export { DEFAULT_DAYS, DEFAULT_END, DEFAULT_SEED, FRONTEND_SOURCE, SERVICES, STEP_SECONDS } from './scenario';
export { backfill, type BackfillResult } from './backfill';
export { startLiveExporter, MAX_SPEED, type LiveExporter, type LiveExporterOptions } from './liveExporter';
export { ScenarioEngine } from './engine';
