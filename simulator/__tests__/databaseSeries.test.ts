import { DEFAULT_END, buildTimeline, findSeries, generate } from '..';

const timeline = buildTimeline(14, DEFAULT_END);
const generated = generate(timeline, 42);
const dbBursts = timeline.bursts.filter((b) => b.cause === 'upstream_dependency');

function valueAt(name: string, t: number): number {
  const series = findSeries(generated, name, { instance: 'orders-mysql:9104' })[0];
  return series.values[Math.round((t - timeline.start) / timeline.step)];
}

describe('simulated database exporter (seed 002)', () => {
  it('has a database-caused burst to show', () => {
    expect(dbBursts.length).toBeGreaterThan(0);
  });

  it('locks mysqld_exporter out (mysql_up 0) during the pool-exhaustion bursts, as on the real server', () => {
    for (const b of dbBursts) {
      const middle = Math.round((b.start + b.end) / 2);
      expect(valueAt('mysql_up', middle)).toBe(0);
      expect(valueAt('mysql_global_status_threads_connected', middle)).toBe(150);
    }
  });

  it('keeps the exporter connected outside those bursts', () => {
    const before = dbBursts[0].start - 4 * 3600;
    expect(valueAt('mysql_up', before)).toBe(1);
  });
});
