import { IMPACT_WORKER_FILE } from './impactWorkerFile';
import { answerImpactRequest, type ImpactReply, type ImpactRequest } from './impactRequest';
import { packInSlices } from './transferableRequest';

/** Where a result was computed: in the worker, or in this tab when the browser refused the worker. */
export type ComputedIn = 'worker' | 'tab';

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

let spare: Worker | undefined;

/**
 * Starts the worker before the data is in, so its script loads and compiles while the panel's queries run; the next
 * computation takes it. The returned function drops it if no computation took it (the panel went away).
 */
export function prewarmImpactWorker(): () => void {
  spare ??= impactWorker();
  const started = spare;
  return () => {
    if (started && spare === started) {
      started.terminate();
      spare = undefined;
    }
  };
}

function takeWorker(): Worker | undefined {
  const worker = spare ?? impactWorker();
  spare = undefined;
  return worker;
}

/**
 * Runs the engine off the main thread and calls `onReply` once; the returned function cancels it (the worker is
 * terminated, so a stale computation stops using the CPU). Without a worker the tab computes after it has painted.
 */
export function runImpact(
  request: ImpactRequest,
  onReply: (reply: ImpactReply, where: ComputedIn) => void
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inTab = () => {
    timer = setTimeout(() => onReply(answerImpactRequest(request), 'tab'), 0);
  };
  const worker = takeWorker();
  if (!worker) {
    inTab();
    return () => clearTimeout(timer);
  }
  worker.onmessage = (event: MessageEvent<ImpactReply>) => {
    worker.terminate();
    onReply(event.data, 'worker');
  };
  // The worker's script did not load or run (refused, or a network error): same answer, from the tab.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    inTab();
  };
  // Typed columns moved, not cloned, packed in slices: cloning a month's arrays of numbers held the main thread for seconds.
  const stopPacking = packInSlices(
    request,
    ({ message, transfer }) => {
      try {
        worker.postMessage(message, transfer);
      } catch {
        worker.terminate();
        inTab();
      }
    },
    () => {
      worker.terminate();
      inTab();
    }
  );
  return () => {
    stopPacking();
    worker.terminate();
    clearTimeout(timer);
  };
}
