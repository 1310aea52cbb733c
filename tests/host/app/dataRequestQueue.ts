/** Grafana's backendSrv over HTTP/1.1 (its FetchQueueWorker) runs at most 5 data requests at a time. */
const MAX_PARALLEL_DATA_REQUESTS = 5;

interface Waiting {
  signal: AbortSignal;
  start: () => void;
}

const waiting: Waiting[] = [];
let running = 0;

/** The requests Grafana queues: its datasource proxy and /api/ds/query (Grafana's own isDataQuery rule). */
export function isDataRequest(url: string): boolean {
  return url.includes('api/datasources/proxy') || url.includes('api/ds/query');
}

function startWaiting() {
  while (running < MAX_PARALLEL_DATA_REQUESTS && waiting.length > 0) {
    const next = waiting.shift();
    if (next && !next.signal.aborted) {
      next.start();
    }
  }
}

/**
 * Runs `work` once one of the data-request slots is free and frees it when the work settles. A request cancelled
 * while it waits is never sent; one cancelled while it runs is aborted by its own signal (Grafana does both).
 */
export function inDataRequestSlot<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = () => {
      running++;
      work()
        .then(resolve, reject)
        .finally(() => {
          running--;
          startWaiting();
        });
    };
    signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')), { once: true });
    waiting.push({ signal, start });
    startWaiting();
  });
}
