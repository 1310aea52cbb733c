import { burstSignature, measuredAttributionRate, type ProxySeries } from '../attribution';
import { detectBursts } from '../detectBursts';
import { series, within } from './syntheticSeries';

const MINUTES = 24 * 60;
const leak = (m: number) => within(m, 300, 330);
const outage = (m: number) => within(m, 900, 930);

// An HAProxy backend: response errors play rx_reset's part, and there is no remote-close count at all.
const traffic = {
  requests: [series('shop', MINUTES, () => 40)],
  errors: [series('shop', MINUTES, (m) => (leak(m) || outage(m) ? 8 : 0.01))],
};
const bursts = detectBursts(traffic);

function proxies(closeWait: ProxySeries['closeWait']): ProxySeries {
  return {
    rxReset: [series('shop', MINUTES, (m) => (leak(m) || outage(m) ? 2 : 0))],
    remoteCloseRatio: [],
    closeWait,
  };
}

describe('CLOSE_WAIT attribution for a proxy without a remote-close count (HAProxy)', () => {
  it('finds both bursts of the synthetic backend', () => {
    expect(bursts.map((b) => b.service)).toEqual(['shop', 'shop']);
  });

  it('attributes the burst whose CLOSE_WAIT count rose, not the one where it stayed flat', () => {
    const rising = proxies([series('10.0.0.5:9100', MINUTES, (m) => (leak(m) ? 4 + (m - 300) : 4))]);
    expect(bursts.map((b) => burstSignature(b, rising).closeWait)).toEqual([true, false]);
    expect(measuredAttributionRate(bursts, rising)).toBe(0.5);
  });

  it('does not attribute anything when CLOSE_WAIT counts are not scraped: the rise is the only corroboration', () => {
    const unscraped = proxies([]);
    expect(bursts.map((b) => burstSignature(b, unscraped).closeWait)).toEqual([false, false]);
    expect(measuredAttributionRate(bursts, unscraped)).toBeUndefined();
  });
});
