import { DASHBOARD_ROWS, entriesMissingInRow, getQuery, queriesInRow } from '../../src/queries';
import { missingMetricText } from '../../src/panels/missingMetricText';
import { expect, test } from './fixtures';

const ALL_PANELS_VIEWPORT = { width: 1400, height: 11000 };

test.describe('Stream 2 page on the built plugin (panels drawn by @grafana/ui’s TimeSeries, TableNG and BarGauge in the test host’s panel chrome)', () => {
  test(
    'renders the row groups in the seed’s order (load-balancer health after pool exhaustion), each with its catalogue panels',
    { tag: '@smoke' },
    async ({ page, connectionHealthPage }) => {
      // The grid renders panels lazily: a tall window puts every row on screen at once.
      await page.setViewportSize(ALL_PANELS_VIEWPORT);
      await connectionHealthPage.goto();
      expect(DASHBOARD_ROWS).toHaveLength(9);
      const rowTops: number[] = [];
      for (const row of DASHBOARD_ROWS) {
        await expect(connectionHealthPage.row(row.title)).toBeVisible();
        rowTops.push((await connectionHealthPage.row(row.title).boundingBox())!.y);
        for (const query of queriesInRow(row.id)) {
          await expect(connectionHealthPage.panel(query.title)).toBeVisible();
        }
      }
      expect([...rowTops].sort((a, b) => a - b)).toEqual(rowTops);
    }
  );

  test(
    'draws the fixture’s services in the 5xx panels from real Prometheus data',
    { tag: '@smoke' },
    async ({ connectionHealthPage, run }) => {
      await connectionHealthPage.goto();
      const title = getQuery('upstream5xxRate').title;
      const services = run.groundTruth.services.map((s) => s.source).sort();
      // What uPlot drew (one line per service, each with points) and what Grafana's legend names.
      await expect(connectionHealthPage.drawnSeries(title)).toHaveText(services, { useInnerText: false });
      await expect(connectionHealthPage.legendSeries(title)).toHaveText(services);
    }
  );

  test('changing the service variable changes the PromQL sent to Prometheus, the URL and the drawn series', async ({
    page,
    connectionHealthPage,
    hostApi,
    run,
  }) => {
    await connectionHealthPage.goto();
    const service = run.groundTruth.services[0].source;
    const title = getQuery('upstream5xxRate').title;
    await expect(connectionHealthPage.drawnSeries(title)).toContainText([run.groundTruth.services[1].source]);
    const sentFor = async (matcher: string) => (await hostApi.expressions()).filter((e) => e.includes(matcher));
    expect(await sentFor('source=~".*"')).not.toHaveLength(0);

    await connectionHealthPage.selectService(service);

    await expect(page).toHaveURL(new RegExp(`var-service=${service.replace(/\./g, '\\.')}`));
    // Lazily loaded panels may still send their first, unfiltered queries: assert on what the change sent.
    // Grafana escapes a multi-value variable's regex metacharacters twice, once for the regex, once for the string.
    const escaped = service.replace(/\./g, '\\\\.');
    await expect.poll(async () => (await sentFor(`source=~"${escaped}"`)).length).toBeGreaterThan(0);
    await expect(connectionHealthPage.drawnSeries(title)).toHaveText([service]);
    await expect(connectionHealthPage.legendSeries(title)).toHaveText([service]);
  });

  test('honours the time range in the URL', async ({ connectionHealthPage, hostApi, run }) => {
    const burst = run.groundTruth.bursts[0];
    const range = { from: burst.start - 3 * 3600, to: burst.end + 3 * 3600 };
    await connectionHealthPage.goto(range);
    const iso = (s: number) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ');
    await expect(connectionHealthPage.timeRangeButton()).toContainText(`${iso(range.from)} to ${iso(range.to)}`);
    await expect(connectionHealthPage.drawnSeries(getQuery('upstream5xxRate').title)).not.toHaveCount(0);
    const ranges = (await hostApi.queries()).filter((q) => q.path.endsWith('/query_range'));
    expect(ranges.length).toBeGreaterThan(0);
    for (const query of ranges) {
      const step = Number.parseInt(query.params.step, 10) || 60;
      expect(Number(query.params.start)).toBeGreaterThanOrEqual(range.from - step);
      expect(Number(query.params.end)).toBeLessThanOrEqual(range.to);
    }
  });

  test('what HAProxy cannot show is listed in a text panel, its Markdown drawn by Grafana’s sanitising renderer (@grafana/data, in the host’s text adapter)', async ({
    page,
    connectionHealthPage,
  }) => {
    await page.setViewportSize(ALL_PANELS_VIEWPORT);
    await connectionHealthPage.goto(undefined, { 'var-proxy': 'haproxy' });
    const row = DASHBOARD_ROWS.find((r) => entriesMissingInRow(r.id, 'haproxy').length > 0)!;
    const missing = entriesMissingInRow(row.id, 'haproxy').map((e) => e.title);
    const note = connectionHealthPage.panel('Not available for HAProxy');
    // `- **title**: reason` became a list of bold titles: Markdown rendered, not shown as source.
    await expect(note.locator('li > strong')).toHaveText(missing);
    await expect(note).not.toContainText('**');
  });

  test(
    'a panel whose metric is absent from the range says it is not scraped and names the exporter',
    { tag: '@smoke' },
    async ({ connectionHealthPage, run }) => {
      const before = { from: run.groundTruth.start - 2 * 86_400, to: run.groundTruth.start - 86_400 };
      await connectionHealthPage.goto(before);
      const query = getQuery('upstream5xxRate');
      // The page asked Prometheus for its metric names in this range (none: the data starts a day later).
      await expect(connectionHealthPage.panel(query.title)).toContainText(
        missingMetricText(query, { absent: query.metrics })
      );
      await expect(connectionHealthPage.panel(query.title)).toContainText(query.provider);
    }
  );
});
