import { IMPACT_WORKER_FILE } from './impactWorkerFile';

declare const __webpack_public_path__: string | undefined;

// Grafana serves a nested plugin from its own public path; webpack sets it from where module.js was loaded.
function workerUrl(): URL {
  const publicPath = typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : '';
  return new URL(IMPACT_WORKER_FILE, new URL(publicPath, document.baseURI));
}

function impactWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') {
    return undefined;
  }
  try {
    return new Worker(workerUrl(), { name: 'connhealth-impact' });
  } catch {
    // Assets on another origin (a CDN) or a CSP without worker-src 'self': the tab computes instead.
    return undefined;
  }
}

// A spare nobody took (the module was imported for a panel that never computed): its thread is let go.
export const SPARE_WORKER_IDLE_MS = 60_000;

let spare: { worker: Worker; expiry: ReturnType<typeof setTimeout> } | undefined;

function dropSpare(worker: Worker) {
  if (spare?.worker === worker) {
    clearTimeout(spare.expiry);
    spare = undefined;
    worker.terminate();
  }
}

/**
 * Starts the worker before the data is in, so its script loads and compiles while the panel's queries run; the next
 * computation takes it. The returned function drops it if no computation took it (the panel went away); so does a
 * minute without one.
 */
export function prewarmImpactWorker(): () => void {
  if (!spare) {
    const worker = impactWorker();
    spare = worker && { worker, expiry: setTimeout(() => dropSpare(worker), SPARE_WORKER_IDLE_MS) };
  }
  const started = spare?.worker;
  return () => started && dropSpare(started);
}

/** The spare worker when one is warm, a new one otherwise; undefined where the browser refuses workers. */
export function takeImpactWorker(): Worker | undefined {
  if (!spare) {
    return impactWorker();
  }
  const { worker, expiry } = spare;
  clearTimeout(expiry);
  spare = undefined;
  return worker;
}
