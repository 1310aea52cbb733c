import { fixCost, liveImpact, type Assumptions, type BurstOptions, type LiveImpact, type LiveSeries } from '../impact';
import { sliceLive } from './sliceSeries';
import type { Savings, TimeWindow, ValidationWindows } from './types';
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

/** The ROI panel's model (liveImpact) on each window separately: same bursts, same assumptions. */
export function priceWindows(live: LiveSeries, windows: ValidationWindows, o: PricingOptions): PricedWindows {
  const price = (w: TimeWindow) =>
    liveImpact(sliceLive(live, w), {
      from: w.from,
      to: w.to,
      assumptions: o.assumptions,
      frontendService: o.frontendService,
      burstOptions: o.burstOptions,
    });
  return {
    before: price({ from: windows.before.from, to: windows.fixAt }),
    after: price({ from: windows.fixAt, to: windows.after.to + 1 }),
  };
}

const perDay = (x: number) => (Number.isFinite(x) ? x / DAYS_PER_YEAR : 0);

/** Profit at risk per day before vs after, what the difference has returned over the after window, and payback. */
export function fixSavings(priced: PricedWindows, windows: ValidationWindows, assumptions: Assumptions): Savings {
  const profitPerDayBefore = perDay(priced.before.impact.annual.profit);
  const profitPerDayAfter = perDay(priced.after.impact.annual.profit);
  const gmvPerDayBefore = perDay(priced.before.impact.annual.gmv);
  const gmvPerDayAfter = perDay(priced.after.impact.annual.gmv);
  const daysAfter = (windows.after.to - windows.fixAt) / DAY_MS;
  const saving = profitPerDayBefore - profitPerDayAfter;
  const cost = fixCost(assumptions);
  const paybackAt = saving > 0 ? windows.fixAt + (cost / saving) * DAY_MS : null;
  return {
    profitPerDayBefore,
    profitPerDayAfter,
    gmvPerDayBefore,
    gmvPerDayAfter,
    realisedProfit: saving * daysAfter,
    realisedGmv: (gmvPerDayBefore - gmvPerDayAfter) * daysAfter,
    fixCost: cost,
    paybackReached: paybackAt !== null && paybackAt <= windows.after.to ? Math.round(paybackAt) : null,
  };
}
