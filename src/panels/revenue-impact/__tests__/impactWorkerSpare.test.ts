/** Stands in for the browser's Worker: records what was started and stopped. */
class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

type Spare = typeof import('../compute/impactWorkerSpare');

/** A fresh copy of the modules (each test starts without a spare), with a fake settings API; `then` runs inside it. */
function freshModules(then: (spare: Spare) => void = () => undefined): Spare {
  let spare: Spare | undefined;
  jest.isolateModules(() => {
    require('@grafana/runtime').setBackendSrv({ get: () => Promise.resolve({ jsonData: {} }) });
    spare = require('../compute/impactWorkerSpare');
    then(spare!);
  });
  return spare!;
}

beforeEach(() => {
  FakeWorker.made = [];
  Object.assign(globalThis, { Worker: FakeWorker });
});
afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  jest.useRealTimers();
});

describe("ROI engine's worker started before the panel mounts (fake Worker, fake settings API)", () => {
  it('starts the worker when Grafana imports the panel module, before any data or panel exists', () => {
    const spare = freshModules(() => {
      expect(FakeWorker.made).toHaveLength(0);
      // What Grafana does when a panel of this type is about to run its queries.
      require('../module');
    });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].url.pathname).toMatch(/\/impactWorker\.js$/);
    // The first computation gets that warm worker, the next one a new worker.
    expect(spare.takeImpactWorker()).toBe(FakeWorker.made[0]);
    expect(spare.takeImpactWorker()).not.toBe(FakeWorker.made[0]);
    expect(FakeWorker.made[0].terminated).toBe(false);
  });

  it('keeps one spare however often it is asked to warm one, and drops it when the panel goes away untaken', () => {
    const spare = freshModules();
    spare.prewarmImpactWorker();
    const dropOnUnmount = spare.prewarmImpactWorker();
    expect(FakeWorker.made).toHaveLength(1);
    dropOnUnmount();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(spare.takeImpactWorker()).not.toBe(FakeWorker.made[0]);
  });

  it('lets an untaken spare go after a minute, and never stops one a computation took', () => {
    jest.useFakeTimers();
    const spare = freshModules();
    spare.prewarmImpactWorker();
    jest.advanceTimersByTime(spare.SPARE_WORKER_IDLE_MS - 1);
    expect(FakeWorker.made[0].terminated).toBe(false);
    jest.advanceTimersByTime(1);
    expect(FakeWorker.made[0].terminated).toBe(true);

    const stopOnUnmount = spare.prewarmImpactWorker();
    const taken = spare.takeImpactWorker();
    jest.advanceTimersByTime(spare.SPARE_WORKER_IDLE_MS);
    stopOnUnmount();
    expect(taken).toBe(FakeWorker.made[1]);
    expect(FakeWorker.made[1].terminated).toBe(false);
  });

  it('gives no worker where the browser has none (the tab computes)', () => {
    delete (globalThis as { Worker?: unknown }).Worker;
    const spare = freshModules();
    expect(spare.prewarmImpactWorker()).toEqual(expect.any(Function));
    expect(spare.takeImpactWorker()).toBeUndefined();
  });
});
