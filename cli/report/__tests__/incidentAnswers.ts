import type { FakeSeries } from './fakePrometheus';
import { retryIncident } from './retryAnswers';

// Two days of a small fleet with one CLOSE_WAIT burst and one rolling deployment, as `report` queries it.
export const FROM = Date.parse('2026-04-10T00:00:00Z') / 1000;
export const TO = FROM + 2 * 86_400;
export const BURST = [FROM + 36_000, FROM + 36_000 + 1_800];
const DEPLOY = [FROM + 100_000, FROM + 101_200];
const inWindow = (t: number, [a, b]: number[]) => t >= a && t < b;
const svc = (name: string) => ({ source: name });

// Dispatches on the metric each catalogue query reads; the most specific names first.
export function incident(query: string): FakeSeries[] {
  const has = (s: string) => query.includes(s);
  const retry = retryIncident(query);
  if (retry) {
    return retry;
  }
  if (has('histogram_quantile')) {
    return [
      { metric: svc('next-pwa-app'), at: () => '1478' },
      { metric: svc('pull'), at: () => 'NaN' },
    ];
  }
  if (has('retry_success')) {
    return [{ metric: svc('next-pwa-app'), at: () => '0.00004' }];
  }
  if (has('pending_overflow')) {
    return [{ metric: svc('api-lazlo-sox'), at: () => '101821' }];
  }
  if (has('rx_reset')) {
    return has('increase')
      ? [{ metric: svc('next-pwa-app'), at: () => '152' }]
      : [{ metric: svc('next-pwa-app'), at: (t) => (inWindow(t, BURST) ? '2.5' : '0') }];
  }
  if (has('destroy_remote_with_active_rq')) {
    return [
      { metric: svc('next-pwa-app'), at: (t) => (inWindow(t, BURST) ? '0.4' : inWindow(t, DEPLOY) ? '0.08' : '0.02') },
    ];
  }
  if (has('node_tcp_connection_states')) {
    return [];
  }
  if (has('downstream_rq_total')) {
    return [{ metric: svc('next-pwa-app'), at: (t) => (inWindow(t, DEPLOY) ? '100' : '200') }];
  }
  if (has('rq_xx') && has('increase')) {
    return [
      { metric: svc('next-pwa-app'), at: () => '12100000' },
      { metric: svc('api-proxy'), at: () => '+Inf' },
    ];
  }
  if (has('rq_xx')) {
    return [{ metric: svc('next-pwa-app'), at: (t) => (inWindow(t, BURST) ? '69' : t === FROM + 600 ? 'NaN' : '2.3') }];
  }
  if (has('rq_total')) {
    // The rolling deployment halves traffic for 20 minutes without failing it.
    return [{ metric: svc('next-pwa-app'), at: (t) => (inWindow(t, DEPLOY) ? '2300' : '4600') }];
  }
  return [];
}
