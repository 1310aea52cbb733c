/** The `report` scale benchmark's fleet (300 services × 2 days at 60 s, one burst each): one cached data set. */
export const BIG_FLEET = { services: 300, days: 2, end: Date.parse('2026-04-16T00:00:00Z') / 1000 };
