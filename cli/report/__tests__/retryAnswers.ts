import type { FakeSeries } from './fakePrometheus';
import { BURST } from './incidentAnswers';

const svc = (name: string, extra: Record<string, string> = {}) => ({ source: name, ...extra });
const inBurst = (t: number) => t >= BURST[0] && t < BURST[1];

// Issue 12's queries in the incident: next-pwa-app retries into its burst (seed section 5), the edge is scraped,
// api-lazlo's retries work but its edge is not scraped. Undefined: not a retry query.
export function retryIncident(query: string): FakeSeries[] | undefined {
  const has = (s: string) => query.includes(s);
  if (has('cx_length_ms')) {
    // next-pwa-app's backend closes idle connections at ~5 s (Node's default); the histogram of api-lazlo is empty.
    return [
      { metric: svc('next-pwa-app', { quantile: '0.05' }), at: () => '3140' },
      { metric: svc('next-pwa-app', { quantile: '0.5' }), at: () => '6000' },
      { metric: svc('api-lazlo', { quantile: '0.05' }), at: () => 'NaN' },
      { metric: svc('api-lazlo', { quantile: '0.5' }), at: () => 'NaN' },
    ];
  }
  if (has('cx_destroy_remote{')) {
    return [
      { metric: svc('next-pwa-app'), at: () => '0.71' },
      { metric: svc('api-lazlo'), at: () => '0.7' },
    ];
  }
  if (has('retry_overflow')) {
    return [
      { metric: svc('next-pwa-app', { refused: 'budget or circuit breaker' }), at: () => '1200' },
      { metric: svc('next-pwa-app', { refused: 'retries used up' }), at: () => '5400' },
    ];
  }
  if (has('downstream_rq_xx')) {
    return [{ metric: svc('next-pwa-app'), at: () => '0.002' }];
  }
  if (has('upstream_rq_retry') && !has('retry_success')) {
    return has('increase')
      ? [
          { metric: svc('api-lazlo'), at: () => '26881' },
          { metric: svc('next-pwa-app'), at: () => '21600000' },
        ]
      : [{ metric: svc('next-pwa-app'), at: (t) => (inBurst(t) ? '101.2' : '9.2') }];
  }
  if (has('upstream_rq_xx') && has(' / ')) {
    return [
      { metric: svc('next-pwa-app'), at: () => '0.002' },
      { metric: svc('api-lazlo'), at: () => '0.001' },
    ];
  }
  return undefined;
}
