import { queryFor } from '../catalogue';
import { HA_BACKEND_REDISPATCHES, HA_BACKEND_REQUESTS, HA_BACKEND_RETRIES } from '../haproxyMetricNames';
import { RETRY, RQ_TOTAL } from '../metricNames';

describe('retry amplification as a parameter of the proxy profiles (how `requests` counts a retried request)', () => {
  it('Envoy counts every attempt: attempts ÷ (attempts − retries)', () => {
    const q = queryFor('retryAmplification', 'envoy')!;
    expect(q.metrics).toEqual([RQ_TOTAL, RETRY]);
    expect(q.expr).toMatch(new RegExp(`${RQ_TOTAL}.* / .*\\(.*${RQ_TOTAL}.* - .*${RETRY}`));
  });

  it('HAProxy counts a request once, each re-attempt as a retry or a redispatch: (requests + both) ÷ requests', () => {
    const q = queryFor('retryAmplification', 'haproxy')!;
    expect(q.proxy).toBe('haproxy');
    expect(q.metrics).toEqual([HA_BACKEND_REQUESTS, HA_BACKEND_RETRIES, HA_BACKEND_REDISPATCHES]);
    const [attempts, first] = q.expr.split(' / ');
    expect(attempts).toMatch(
      new RegExp(`${HA_BACKEND_REQUESTS}.* \\+ .*${HA_BACKEND_RETRIES}.* \\+ .*${HA_BACKEND_REDISPATCHES}`)
    );
    expect(first).toContain(HA_BACKEND_REQUESTS);
    expect(first).not.toContain(HA_BACKEND_RETRIES);
    expect(q.expr).toContain('by (proxy)');
  });
});
