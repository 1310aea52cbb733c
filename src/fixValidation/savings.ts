import { fixCost, liveImpact, type Assumptions, type BurstOptions, type LiveImpact } from '../impact';
import { sliceDatabase, sliceLive } from './sliceSeries';
import type { PairedDatabaseSeries, PairedLiveSeries, Savings, TimeWindow, ValidationWindows } from './types';
import { DAY_MS } from './windows';

const DAYS_PER_YEAR = 365;

export interface PricingOptions {
  assumptions: Assumptions;
  frontendService?: string;
  burstOptions?: Partial<BurstOptions>;
}

export interface PricedWindows {
  before: LiveImpact;
  after: LiveImpact;
}

/** The ROI panel's model (liveImpact) on each window separately: same bursts, same assumptions, same attribution. */
export function priceWindows(
  live: PairedLiveSeries,
  windows: ValidationWindows,
  o: PricingOptions,
  database?: PairedDatabaseSeries
): PricedWindows {
  const price = (w: TimeWindow) =>
    liveImpact(sliceLive(live, w), {
      from: w.from,
      to: w.to,
      assumptions: o.assumptions,
      frontendService: o.frontendService,
      burstOptions: o.burstOptions,
      ...(database ? { database: sliceDatabase(database, w) } : {}),
    });
  return {
    before: price({ from: windows.before.from, to: windows.fixAt }),
    after: price({ from: windows.fixAt, to: windows.after.to + 1 }),
  };
}

// The engine may leave a figure unavailable (null, with its reason): then so is the saving, never a made-up 0.
const perDay = (x: number | null | undefined) =>
  typeof x === 'number' && Number.isFinite(x) ? x / DAYS_PER_YEAR : null;
const difference = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

/**
 * Profit at risk per day before vs after, what the difference has returned over the after window, and payback.
 * Only a drop in bursts the test established counts as realised (`dropEstablished`); otherwise 0 and no payback.
 */
export function fixSavings(
  priced: PricedWindows,
  windows: ValidationWindows,
  assumptions: Assumptions,
  dropEstablished: boolean
): Savings {
  const profitPerDayBefore = perDay(priced.before.impact.annual.profit);
  const profitPerDayAfter = perDay(priced.after.impact.annual.profit);
  const gmvPerDayBefore = perDay(priced.before.impact.annual.gmv);
  const gmvPerDayAfter = perDay(priced.after.impact.annual.gmv);
  const daysAfter = (windows.after.to - windows.fixAt) / DAY_MS;
  const saving = dropEstablished ? difference(profitPerDayBefore, profitPerDayAfter) : 0;
  const gmvSaving = dropEstablished ? difference(gmvPerDayBefore, gmvPerDayAfter) : 0;
  const cost = fixCost(assumptions);
  const paybackAt = saving !== null && saving > 0 ? windows.fixAt + (cost / saving) * DAY_MS : null;
  return {
    profitPerDayBefore,
    profitPerDayAfter,
    gmvPerDayBefore,
    gmvPerDayAfter,
    realisedProfit: saving === null ? null : saving * daysAfter,
    realisedGmv: gmvSaving === null ? null : gmvSaving * daysAfter,
    fixCost: cost,
    paybackReached: paybackAt !== null && paybackAt <= windows.after.to ? Math.round(paybackAt) : null,
  };
}
