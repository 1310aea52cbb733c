/** The worker's script, an entry of its own beside the panel's module.js (webpack.config.ts builds it). */
export const IMPACT_WORKER_ENTRY = 'panels/revenue-impact/impactWorker';
export const IMPACT_WORKER_SOURCE = './panels/revenue-impact/compute/impact.worker.ts';
/** Its name relative to the panel's own public path, /public/plugins/sre-revenueimpact-panel/ in Grafana. */
export const IMPACT_WORKER_FILE = 'impactWorker.js';
