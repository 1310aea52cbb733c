import type { FakeSeries } from './fakePrometheus';
import { BURST } from './incidentAnswers';

const svc = (name: string, extra: Record<string, string> = {}) => ({ source: name, ...extra });
const inBurst = (t: number) => t >= BURST[0] && t < BURST[1];

// Issue 12's queries in the incident: next-pwa-app retries into its burst (seed section 5), the edge is scraped,
// api-lazlo's retries work but its edge is not scraped. Undefined: not a retry query.
export function retryIncident(query: string): FakeSeries[] | undefined {
  const has = (s: string) => query.includes(s);
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
