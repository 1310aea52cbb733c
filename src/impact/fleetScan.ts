import { callsPerPageOf, type CallsPerPage } from './apiCallsPerPage';
import { signatureIn, spanOf, totalCloseWait, type BurstSignature, type ProxySeries } from './attribution';
import { compareBursts, detectServiceBursts, type Burst, type BurstOptions, type BurstSeries } from './detectBursts';
import { sampledRuns, type CoverageRun } from './coverage';
import { stepOfTimes, type InputSeries } from './series';
import {
  cleanSeries,
  groupByService,
  hasUsableSample,
  Scratch,
  type CleanSeries,
  type CleanStats,
  type TimeWindow,
} from './seriesIndex';

export interface FleetSeries extends BurstSeries, ProxySeries {
  pages: InputSeries[];
}

export type FleetInput = keyof FleetSeries;

export interface FleetScan {
  bursts: Array<Burst & { signature: BurstSignature }>;
  /** Stretches where request series have samples, for the data coverage. */
  runs: CoverageRun[];
  /** Finest sampling step of the request series, ms; undefined without request data. */
  stepMs?: number;
  /** API calls per page of every service with both series, in the order the page series came. */
  callCandidates: CallsPerPage[];
  /** Samples left out as implausibly large, by input. */
  implausible: Record<FleetInput, number>;
}

export const FLEET_INPUTS = ['errors', 'requests', 'rxReset', 'remoteCloseRatio', 'closeWait', 'pages'] as const;

type ServiceInput = Exclude<FleetInput, 'closeWait'>;

class Scanner {
  readonly stats = Object.fromEntries(FLEET_INPUTS.map((name) => [name, { implausible: 0 }])) as Record<
    FleetInput,
    CleanStats
  >;
  readonly groups: Record<ServiceInput, Map<string, InputSeries[]>>;
  // One scratch per kind: a service's cleaned series are dropped before the next service's are cleaned.
  private readonly scratch = Object.fromEntries(FLEET_INPUTS.map((name) => [name, new Scratch()])) as Record<
    FleetInput,
    Scratch
  >;
  private closeWait: CleanSeries | undefined | null = null;

  constructor(
    private readonly series: FleetSeries,
    private readonly window: TimeWindow
  ) {
    this.groups = {
      errors: groupByService(series.errors),
      requests: groupByService(series.requests),
      rxReset: groupByService(series.rxReset),
      remoteCloseRatio: groupByService(series.remoteCloseRatio),
      pages: groupByService(series.pages),
    };
  }

  /** The service's series of one kind, cleaned; only within `within` when given (a narrower window is cheaper). */
  clean(input: ServiceInput, service: string, within: TimeWindow = this.window): CleanSeries {
    const window = { from: Math.max(within.from, this.window.from), to: Math.min(within.to, this.window.to) };
    return cleanSeries(this.groups[input].get(service) ?? [], window, this.stats[input], this.scratch[input]);
  }

  /** Summed over nodes once, and only if some burst needs it. */
  closeWaitTotal(): CleanSeries | undefined {
    if (this.closeWait === null) {
      this.closeWait = hasUsableSample(this.series.closeWait, this.window)
        ? totalCloseWait(this.series.closeWait, this.window, this.stats.closeWait)
        : undefined;
    }
    return this.closeWait;
  }
}

/**
 * One pass over the fleet, service by service: each service's series are cleaned once, used for its bursts,
 * their signatures, its share of the data coverage and its API calls per page, then dropped. Linear in samples.
 */
export function scanFleet(series: FleetSeries, window: TimeWindow, o: BurstOptions): FleetScan {
  const scanner = new Scanner(series, window);
  const pageOrder = new Map([...scanner.groups.pages.keys()].map((service, i) => [service, i]));
  const scan: FleetScan = { bursts: [], runs: [], callCandidates: [], implausible: {} as FleetScan['implausible'] };
  const candidates: Array<CallsPerPage & { order: number }> = [];
  for (const service of scanner.groups.requests.keys()) {
    const requests = scanner.clean('requests', service);
    if (requests.t.length === 0) {
      continue;
    }
    const step = stepOfTimes(requests.t, o.fallbackStepSeconds * 1000);
    scan.stepMs = Math.min(scan.stepMs ?? step, step);
    for (const run of sampledRuns(requests.t, step, step + o.maxGapSeconds * 1000)) {
      scan.runs.push(run);
    }
    const found = detectServiceBursts(service, scanner.clean('errors', service), requests, o, step);
    if (found.length > 0) {
      const during = spanOf(found);
      const proxies = {
        rxReset: scanner.clean('rxReset', service, during),
        remoteCloseRatio: scanner.clean('remoteCloseRatio', service, during),
        closeWaitTotal: scanner.closeWaitTotal(),
      };
      for (const burst of found) {
        scan.bursts.push({ ...burst, signature: signatureIn(proxies, burst) });
      }
    }
    const value = pageOrder.has(service) ? callsPerPageOf(requests, scanner.clean('pages', service)) : undefined;
    if (value !== undefined) {
      candidates.push({ service, value, order: pageOrder.get(service) as number });
    }
  }
  scan.bursts.sort(compareBursts);
  scan.callCandidates = candidates.sort((a, b) => a.order - b.order).map(({ service, value }) => ({ service, value }));
  scan.implausible = Object.fromEntries(
    FLEET_INPUTS.map((name) => [name, scanner.stats[name].implausible])
  ) as FleetScan['implausible'];
  return scan;
}
