// One benchmark run in its own process (run by scripts/bench-engine.ts, bundled, on plain node): builds a synthetic
// fleet, then times an impact engine (this tree's, or main's before the rewrite) over it, one JSON line per finding.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { syntheticFleet, type FleetOptions } from '../../src/impact/__tests__/syntheticFleet';
import type * as Engine from '../../src/impact';

export interface RunSpec {
  engine: 'before' | 'after';
  /** The engine (a src/impact/index.ts) bundled as CommonJS: run by plain node, as the built CLI runs. */
  engineModule: string;
  fleet: FleetOptions;
  repeats: number;
}

const MB = 1024 * 1024;

function emit(event: string, fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
}

// Linux keeps the process' peak RSS (VmHWM) and resets it when 5 is written to clear_refs: each run's peak is exact,
// with no sampling thread (an isolate of its own) in the process being measured.
function peakRssMb(): number {
  const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (kib === undefined) {
    throw new Error('bench:engine reads the peak RSS from /proc/self/status (Linux); VmHWM is missing there');
  }
  return Number(kib) / 1024;
}

class PeakRss {
  private processMb = 0;

  reset(): void {
    this.sinceReset();
    fs.writeFileSync('/proc/self/clear_refs', '5');
  }

  sinceReset(): number {
    const mb = peakRssMb();
    this.processMb = Math.max(this.processMb, mb);
    return mb;
  }

  /** The process' peak over all of its life, across resets. */
  overProcess(): number {
    this.sinceReset();
    return this.processMb;
  }
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

function main(spec: RunSpec): void {
  const engine = createRequire(__filename)(spec.engineModule) as typeof Engine;
  const peak = new PeakRss();
  const runtimeMb = process.memoryUsage.rss() / MB;
  // Collecting the generator's garbage as it goes keeps the process' maximum RSS about the engine, not the input's build.
  const built = timed(() => syntheticFleet({ ...spec.fleet, afterService: (i) => i % 50 === 49 && gc() }));
  const fleet = built.value;
  gc();
  const options = { from: fleet.from, to: fleet.to, assumptions: engine.SEED_ASSUMPTIONS };
  emit('input', {
    runtimeRssMb: runtimeMb,
    samples: fleet.samples,
    buildMs: built.wallMs,
    heapMb: process.memoryUsage().heapUsed / MB,
    rssMb: process.memoryUsage.rss() / MB,
  });
  for (let i = 0; i < spec.repeats; i++) {
    gc();
    peak.reset();
    const heapBefore = process.memoryUsage().heapUsed / MB;
    const run = timed(() => engine.liveImpact(fleet.series, options));
    emit('liveImpact', {
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      heapBeforeMb: heapBefore,
      heapAfterMb: process.memoryUsage().heapUsed / MB,
      peakRssMb: peak.sinceReset(),
      ...digest(run.value),
    });
  }
  gc();
  peak.reset();
  const bursts = timed(() => engine.detectBursts(fleet.series));
  emit('part', { name: 'detectBursts', wallMs: bursts.wallMs, cpuMs: bursts.cpuMs });
  const attribution = timed(() => engine.measuredAttributionRate(bursts.value, fleet.series));
  emit('part', { name: 'measuredAttributionRate', wallMs: attribution.wallMs, cpuMs: attribution.cpuMs });
  const calls = timed(() => engine.measureApiCallsPerPage(fleet.series.requests, fleet.series.pages));
  emit('part', { name: 'measureApiCallsPerPage', wallMs: calls.wallMs, cpuMs: calls.cpuMs });
  const model = timed(() => engine.evaluateImpact(engine.SEED_MID_CASE));
  emit('part', { name: 'evaluateImpact', wallMs: model.wallMs, cpuMs: model.cpuMs });
  emit('done', { partsPeakRssMb: peak.sinceReset(), maxRssMb: peak.overProcess() });
}

try {
  main(JSON.parse(process.argv[2]) as RunSpec);
} catch (e: unknown) {
  emit('error', { message: e instanceof Error ? e.message : String(e) });
  process.exitCode = 1;
}
