/** The `report` scale benchmark's fleet (300 services × 2 days at 60 s, one burst each): one cached data set. */
export const BIG_FLEET = { services: 300, days: 2, end: Date.parse('2026-04-16T00:00:00Z') / 1000 };

// The same fleet over a month, sampled every 5 minutes: 8,641 samples a series (31.6 million in all) keep the
// backfill to minutes; the ROI panel's 5-minute step and its $__rate_interval (step + 15 s) still see 2 samples per rate.
export const BIG_FLEET_MONTH = { ...BIG_FLEET, days: 30, stepSeconds: 300 };
