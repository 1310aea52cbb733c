// One benchmark run in its own process (run by scripts/bench-engine.ts): builds a synthetic fleet, then times an
// impact engine (this tree's, or main's before the rewrite) over it, one JSON line per finding on stdout.
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { syntheticFleet, type FleetOptions } from '../../src/impact/__tests__/syntheticFleet';
import type * as Engine from '../../src/impact';

export interface RunSpec {
  engine: 'before' | 'after';
  /** Folder whose src/impact/index.ts is the engine. */
  engineRoot: string;
  fleet: FleetOptions;
  repeats: number;
}

const MB = 1024 * 1024;

function emit(event: string, fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
}

// The engine runs synchronously, so a worker thread samples the process' RSS while it does (KiB, in shared memory).
async function rssSampler(): Promise<{ peakMb: () => number; reset: () => void; stop: () => Promise<number> }> {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Int32Array(workerData);
     const timer = setInterval(() => {
       const kib = Math.round(process.memoryUsage.rss() / 1024);
       if (kib > Atomics.load(a, 0)) Atomics.store(a, 0, kib);
       if (Atomics.load(a, 1) === 1) clearInterval(timer);
     }, 5);`,
    { eval: true, workerData: shared.buffer }
  );
  await new Promise((resolve) => worker.once('online', resolve));
  return {
    peakMb: () => Atomics.load(shared, 0) / 1024,
    // From the RSS of now: a run shorter than the first sample still has a peak.
    reset: () => Atomics.store(shared, 0, Math.round(process.memoryUsage.rss() / 1024)),
    stop: () => {
      Atomics.store(shared, 1, 1);
      return worker.terminate();
    },
  };
}

function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

function digest(live: ReturnType<typeof Engine.liveImpact>) {
  return {
    bursts: live.bursts.length,
    burstKeys: live.bursts.map((b) => `${b.service}@${b.start}-${b.end}`).join(','),
    annualProfit: live.impact.annual.profit,
    attributionRate: live.inputs.attributionRate.value,
    apiCallsPerPage: live.inputs.apiCallsPerPage.value,
  };
}

async function main(spec: RunSpec): Promise<void> {
  const engine = (await import(`${spec.engineRoot}/src/impact/index.ts`)) as typeof Engine;
  // Collecting the generator's garbage as it goes keeps the process' maximum RSS about the engine, not the input's build.
  const built = timed(() => syntheticFleet({ ...spec.fleet, afterService: (i) => i % 50 === 49 && gc() }));
  const fleet = built.value;
  gc();
  const options = { from: fleet.from, to: fleet.to, assumptions: engine.SEED_ASSUMPTIONS };
  emit('input', {
    samples: fleet.samples,
    buildMs: built.wallMs,
    heapMb: process.memoryUsage().heapUsed / MB,
    rssMb: process.memoryUsage.rss() / MB,
  });
  const sampler = await rssSampler();
  for (let i = 0; i < spec.repeats; i++) {
    gc();
    sampler.reset();
    const heapBefore = process.memoryUsage().heapUsed / MB;
    const run = timed(() => engine.liveImpact(fleet.series, options));
    emit('liveImpact', {
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      heapBeforeMb: heapBefore,
      heapAfterMb: process.memoryUsage().heapUsed / MB,
      peakRssMb: sampler.peakMb(),
      ...digest(run.value),
    });
  }
  const bursts = timed(() => engine.detectBursts(fleet.series));
  emit('part', { name: 'detectBursts', wallMs: bursts.wallMs, cpuMs: bursts.cpuMs });
  const attribution = timed(() => engine.measuredAttributionRate(bursts.value, fleet.series));
  emit('part', { name: 'measuredAttributionRate', wallMs: attribution.wallMs, cpuMs: attribution.cpuMs });
  const calls = timed(() => engine.measureApiCallsPerPage(fleet.series.requests, fleet.series.pages));
  emit('part', { name: 'measureApiCallsPerPage', wallMs: calls.wallMs, cpuMs: calls.cpuMs });
  const model = timed(() => engine.evaluateImpact(engine.SEED_MID_CASE));
  emit('part', { name: 'evaluateImpact', wallMs: model.wallMs, cpuMs: model.cpuMs });
  emit('done', { maxRssMb: process.resourceUsage().maxRSS / 1024 });
  await sampler.stop();
}

main(JSON.parse(process.argv[2]) as RunSpec).catch((e: unknown) => {
  emit('error', { message: e instanceof Error ? e.message : String(e) });
  process.exitCode = 1;
});
