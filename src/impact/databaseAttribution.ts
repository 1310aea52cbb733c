import type { BurstSignature } from './attribution';
import type { Burst } from './detectBursts';
import type { InputSeries } from './series';
import { cleanSeries, groupByService, windowStats, type TimeWindow } from './seriesIndex';

/** Seed 002: a database pool at 90% of its limit refuses the next surge of connects. */
export const DATABASE_SATURATION_SIGNATURE = 0.9;
/** A pool fills before the burst it causes: look this far back from the burst's start. */
export const DATABASE_LEAD_MS = 10 * 60_000;

/**
 * A service's database series, by the label convention: each exporter target carries the service label of the
 * service that owns the database, so `service` here is that label's value.
 */
export interface DatabaseSeries {
  /** Connections in use ÷ limit (MySQL/MariaDB, PostgreSQL or HikariCP), 0–1. */
  saturation: InputSeries[];
  /** Connections refused by the server per second. */
  refusals: InputSeries[];
  /** mysql_up: 0 when the exporter itself was refused (a full server). */
  exporterUp?: InputSeries[];
}

export interface DatabaseEvidence {
  /** Highest saturation on the service's databases around the burst; undefined when none is scraped. */
  peakSaturation?: number;
  refused: boolean;
  exporterLockedOut: boolean;
  /** Saturation ≥ 90% or refusals, or the exporter locked out (a full server), around the burst. */
  exhausted: boolean;
}

export type BurstCause = 'database pool exhaustion' | 'CLOSE_WAIT' | 'deployment' | 'unknown';

export interface Rollout {
  service: string;
  /** Unix ms. */
  at: number;
}

export interface BurstAttribution {
  cause: BurstCause;
  database: DatabaseEvidence;
}

const NO_EVIDENCE: DatabaseEvidence = { refused: false, exporterLockedOut: false, exhausted: false };

function peakOf(series: InputSeries[], window: TimeWindow): number | undefined {
  let peak: number | undefined;
  for (const one of series) {
    const stats = windowStats(cleanSeries([one], window), window.from, window.to);
    if (stats.count > 0) {
      peak = Math.max(peak ?? 0, stats.max);
    }
  }
  return peak;
}

function lowestOf(series: InputSeries[], window: TimeWindow): number | undefined {
  let lowest: number | undefined;
  for (const one of series) {
    const clean = cleanSeries([one], window);
    for (let i = 0; i < clean.v.length; i++) {
      lowest = Math.min(lowest ?? clean.v[i], clean.v[i]);
    }
  }
  return lowest;
}

/** What the service's databases did from shortly before the burst to its end. */
export function databaseEvidence(burst: Burst, own: Partial<DatabaseSeries>): DatabaseEvidence {
  const window = { from: burst.start - DATABASE_LEAD_MS, to: burst.end };
  const peakSaturation = peakOf(own.saturation ?? [], window);
  const refused = (peakOf(own.refusals ?? [], window) ?? 0) > 0;
  const exporterLockedOut = lowestOf(own.exporterUp ?? [], window) === 0;
  const saturated = (peakSaturation ?? 0) >= DATABASE_SATURATION_SIGNATURE;
  return { peakSaturation, refused, exporterLockedOut, exhausted: saturated || refused || exporterLockedOut };
}

function rolledOutDuring(burst: Burst, rollouts: Rollout[]): boolean {
  return rollouts.some(
    (r) => r.service === burst.service && r.at >= burst.start - DATABASE_LEAD_MS && r.at <= burst.end
  );
}

/**
 * One cause per burst, in the order of `bursts`. Database exhaustion comes first: a full database also makes the
 * proxy see resets, while the CLOSE_WAIT signature needs the proxy's own evidence; a rollout without either is the
 * "5xx after deployment" pattern. Linear in bursts and samples: each service's series are grouped once.
 */
export function attributeBursts(
  bursts: Burst[],
  signatures: BurstSignature[],
  database: DatabaseSeries,
  rollouts: Rollout[] = []
): BurstAttribution[] {
  const saturation = groupByService(database.saturation);
  const refusals = groupByService(database.refusals);
  const exporterUp = groupByService(database.exporterUp ?? []);
  return bursts.map((burst, i) => {
    const own = {
      saturation: saturation.get(burst.service),
      refusals: refusals.get(burst.service),
      exporterUp: exporterUp.get(burst.service),
    };
    const evidence = own.saturation || own.refusals || own.exporterUp ? databaseEvidence(burst, own) : NO_EVIDENCE;
    if (evidence.exhausted) {
      return { cause: 'database pool exhaustion', database: evidence };
    }
    if (signatures[i]?.closeWait) {
      return { cause: 'CLOSE_WAIT', database: evidence };
    }
    return { cause: rolledOutDuring(burst, rollouts) ? 'deployment' : 'unknown', database: evidence };
  });
}
