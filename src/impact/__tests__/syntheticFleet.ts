import type { LiveSeries } from '../liveImpact';
import type { InputSeries } from '../series';

export const FLEET_T0 = Date.UTC(2026, 2, 1, 0, 0, 0);

export interface FleetOptions {
  services: number;
  days: number;
  stepSeconds: number;
  /** 'columns': a Grafana data frame's time and value arrays (the ROI panel); 'tuples': Prometheus' [t, "v"] pairs (the CLI). */
  shape: 'columns' | 'tuples';
  servicesPerNode?: number;
  /** Burst length in steps. */
  burstSteps?: number;
  /** Called after each service's series are built (a benchmark collects garbage there). */
  afterService?: (index: number) => void;
}

export interface SyntheticFleet {
  series: LiveSeries;
  from: number;
  to: number;
  /** Unix ms of each service's one burst, by service index. */
  burstStarts: number[];
  samples: number;
}

const BURST_RATIO = 0.015;
const BASELINE_RATIO = 0.0005;

/**
 * A fleet shaped like the ROI panel's inputs: per service 5xx and request rates, rx_reset, the remote-close ratio
 * and page requests; CLOSE_WAIT per node. One 30-minute CLOSE_WAIT burst per service, spread over the range.
 */
export function syntheticFleet(o: FleetOptions): SyntheticFleet {
  const stepMs = o.stepSeconds * 1000;
  const n = Math.floor((o.days * 86_400) / o.stepSeconds);
  const burstSteps = o.burstSteps ?? Math.ceil(1800 / o.stepSeconds);
  const perNode = o.servicesPerNode ?? 10;
  const times = (): number[] => Array.from({ length: n }, (_, k) => FLEET_T0 + k * stepMs);
  const make = (service: string, value: (k: number) => number): InputSeries => {
    if (o.shape === 'columns') {
      return { service, times: times(), values: Array.from({ length: n }, (_, k) => value(k)) };
    }
    return { service, samples: Array.from({ length: n }, (_, k) => [FLEET_T0 + k * stepMs, String(value(k))]) };
  };
  const series: LiveSeries = { errors: [], requests: [], rxReset: [], remoteCloseRatio: [], closeWait: [], pages: [] };
  const burstAt: number[] = [];
  for (let i = 0; i < o.services; i++) {
    const service = `svc-${String(i).padStart(4, '0')}`;
    const start = 12 + ((i * 7919) % Math.max(1, n - burstSteps - 24));
    burstAt.push(start);
    const inBurst = (k: number) => k >= start && k < start + burstSteps;
    const rps = 50 + (i % 97) * 3;
    const wobble = (k: number) => 1 + 0.1 * Math.sin((k + i) / 7);
    series.requests.push(make(service, (k) => rps * wobble(k)));
    series.errors.push(
      make(service, (k) => rps * wobble(k) * (inBurst(k) ? BURST_RATIO : BASELINE_RATIO * wobble(k + 3)))
    );
    series.rxReset.push(make(service, (k) => (inBurst(k) ? 2.5 : 0)));
    series.remoteCloseRatio.push(make(service, (k) => (inBurst(k) ? 0.35 : 0.02)));
    series.pages.push(make(service, (k) => (rps * wobble(k)) / (i % 10 === 0 ? 23 : 1)));
    o.afterService?.(i);
  }
  // Leaked sockets pile up during each burst of the node's services and stay (no restart inside the range).
  for (let node = 0; node * perNode < o.services; node++) {
    const starts = burstAt.slice(node * perNode, (node + 1) * perNode);
    const leaked = (k: number) => starts.reduce((sum, s) => sum + Math.max(0, Math.min(k, s + burstSteps) - s), 0);
    series.closeWait.push(make(`node-${node}`, (k) => 3 + 7 * leaked(k)));
  }
  const samples = Object.values(series).reduce((sum: number, list: InputSeries[]) => sum + list.length * n, 0);
  return {
    series,
    from: FLEET_T0,
    to: FLEET_T0 + n * stepMs,
    burstStarts: burstAt.map((k) => FLEET_T0 + k * stepMs),
    samples,
  };
}
