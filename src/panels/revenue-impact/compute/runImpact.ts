import { answerImpactRequest, type ImpactReply, type ImpactRequest } from './impactRequest';
import { packInSlices } from './transferableRequest';
import { takeImpactWorker } from './impactWorkerSpare';

/** Where a result was computed: in the worker, or in this tab when the browser refused the worker. */
export type ComputedIn = 'worker' | 'tab';

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
  const worker = takeImpactWorker();
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
