import type { RowDefinition } from '../types';

// Seed 000 section 3: "5xx Rate & Restarts → CLOSE_WAIT Proxy → Pool Exhaustion → Latency (p50/p99)
// → Timeout Budget → Keep-alive Cycling → TCP Health"; seed 004's load-balancer view follows pool exhaustion,
// and seed 002's database pools follow the proxy's own.
export const DASHBOARD_ROWS: RowDefinition[] = [
  { id: 'errors', title: '5xx Rate & Restarts' },
  { id: 'closeWait', title: 'CLOSE_WAIT Proxy' },
  { id: 'pool', title: 'Pool Exhaustion' },
  { id: 'loadBalancer', title: 'Load-balancer health' },
  { id: 'database', title: 'Database connection pools' },
  { id: 'latency', title: 'Latency (p50/p99)' },
  { id: 'timeouts', title: 'Timeout Budget' },
  { id: 'keepalive', title: 'Keep-alive Cycling' },
  { id: 'tcp', title: 'TCP Health' },
];
