import { renderExpr, type CatalogueQuery } from '../../src/queries';
import { instantQuery, rangeQuery } from './prometheusApi';

// The dashboard's default for 30 days: ~720 points, one an hour.
const DASHBOARD_STEP_30D = 3600;

/** A catalogue query answers as its panel asks: an instant one at the end, a range one over the month. */
export async function expectCatalogueAnswers(
  url: string,
  query: CatalogueQuery,
  window: { start: number; end: number }
): Promise<void> {
  const rendered = renderExpr(query.expr, { rateInterval: '5m', range: '30d' });
  if (query.instant) {
    const samples = await instantQuery(url, rendered, window.end);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every((s) => Number.isFinite(s.value))).toBe(true);
    return;
  }
  const series = await rangeQuery(url, rendered, window.start + 86400, window.end, DASHBOARD_STEP_30D);
  expect(series.length).toBeGreaterThan(0);
  const points = series.flatMap((s) => s.values.map(([, v]) => v));
  expect(points.some((v) => Number.isFinite(v))).toBe(true);
}
