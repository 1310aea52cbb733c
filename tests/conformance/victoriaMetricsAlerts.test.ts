import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { alertRuleGroups, type AlertRule } from '../../src/queries/rules';
import { startIncidentPrometheus, type IncidentPrometheus } from '../fixtures/incidentPrometheus';
import { startIncidentVictoriaMetrics, type IncidentVictoriaMetrics } from '../fixtures/incidentVictoriaMetrics';
import { rangeQuery } from './prometheusApi';
import { exportSeries } from './victoriaMetricsExport';

const COLD_FIXTURE_MS = 1_200_000;
const STEP = 60;
// Prometheus answers at most 11,000 points per series in one range query.
const CHUNK = 10_000 * STEP;
const SERVICE_ALERTS = [
  'ConnectionHealthRemoteCloseWithActiveRequests',
  'ConnectionHealthUpstreamResets',
  'ConnectionHealthRetriesFailing',
];

type Firing = Map<string, Set<number>>;
const keyOf = (alert: string, metric: Record<string, string>) =>
  `${alert} ${metric.source ?? ''} ${metric.instance ?? ''} ${metric.pool ?? ''}`;
const seconds = (d: string) => Number(d.slice(0, -1)) * { s: 1, m: 60, h: 3600 }[d.slice(-1) as 's' | 'm' | 'h'];

/** Minutes at which Prometheus would have the alert firing: the expression held for `for` at every step. */
async function firingOnPrometheus(url: string, rule: AlertRule, start: number, end: number, into: Firing) {
  const held = new Map<string, number[]>();
  for (let from = start; from <= end; from += CHUNK) {
    for (const s of await rangeQuery(url, rule.expr, from, Math.min(end, from + CHUNK - STEP), STEP)) {
      const key = keyOf(rule.alert, s.metric);
      held.set(key, [...(held.get(key) ?? []), ...s.values.map(([t]) => t)]);
    }
  }
  for (const [key, times] of held) {
    const firing = into.get(key) ?? new Set<number>();
    let activeAt = -Infinity;
    times.forEach((t, i) => {
      activeAt = i > 0 && t - times[i - 1] === STEP ? activeAt : t;
      if (t - activeAt >= seconds(rule.for)) {
        firing.add(t);
      }
    });
    if (firing.size > 0) {
      into.set(key, firing);
    }
  }
}

describe('the alert rules in vmalert (replay over the simulated month in VictoriaMetrics 1.79)', () => {
  let vm: IncidentVictoriaMetrics;
  let prometheus: IncidentPrometheus;
  const onVm: Firing = new Map();
  const onPrometheus: Firing = new Map();

  beforeAll(async () => {
    [vm, prometheus] = await Promise.all([
      startIncidentVictoriaMetrics({ days: 30, withRules: true }),
      startIncidentPrometheus({ days: 30, withRecordingRules: true }),
    ]);
    for (const s of await exportSeries(vm.url, 'ALERTS{alertstate="firing"}', vm.start, vm.end)) {
      const key = keyOf(s.metric.alertname, s.metric);
      onVm.set(key, new Set([...(onVm.get(key) ?? []), ...s.timestamps]));
    }
    for (const rule of alertRuleGroups().flatMap((g) => g.rules)) {
      await firingOnPrometheus(prometheus.url, rule, vm.start, vm.end, onPrometheus);
    }
  }, COLD_FIXTURE_MS);

  afterAll(async () => {
    await Promise.all([vm?.stop(), prometheus?.stop()]);
  });

  const firingDuring = (alert: string, service: string, from: number, to: number) =>
    [...(onVm.get(keyOf(alert, { source: service })) ?? [])].some((t) => from <= t && t <= to);

  it('loads the committed rule files with vmalert, every expression checked by the MetricsQL parser', () => {
    const rules = path.join(__dirname, '../../prometheus/rules');
    const args = ['-dryRun', `-rule=${rules}/*.yml`, '-rule.validateExpressions', '-loggerLevel=ERROR'];
    expect(() => execFileSync('vmalert', args, { stdio: 'pipe' })).not.toThrow();
  });

  it('fires the same alerts, on the same series, at the same minutes as Prometheus would', () => {
    expect([...onVm.keys()].sort()).toEqual([...onPrometheus.keys()].sort());
    for (const [key, minutes] of onPrometheus) {
      const vmMinutes = onVm.get(key)!;
      const both = [...minutes].filter((t) => vmMinutes.has(t)).length;
      expect({ key, agreement: both / new Set([...minutes, ...vmMinutes]).size }).toEqual({ key, agreement: 1 });
    }
  });

  it('pages on every CLOSE_WAIT burst, on its service, while the burst lasts', () => {
    const bursts = vm.groundTruth.bursts.filter((b) => b.closeWaitSignature);
    expect(bursts.length).toBeGreaterThan(0);
    for (const b of bursts) {
      for (const alert of SERVICE_ALERTS) {
        const paged = firingDuring(alert, b.service, b.start, b.end + 600);
        expect({ alert, burst: `${b.service}@${b.start}`, paged }).toEqual({
          alert,
          burst: `${b.service}@${b.start}`,
          paged: true,
        });
      }
    }
  });

  it('stays silent through the rolling deployments', () => {
    const deployments = vm.groundTruth.deployments;
    expect(deployments.length).toBeGreaterThan(0);
    for (const d of deployments) {
      const alerts = [...SERVICE_ALERTS, 'ConnectionHealthRestartToRecover'];
      const paged = alerts.filter((alert) => firingDuring(alert, d.service, d.start, d.end + 900));
      expect({ deployment: d, paged }).toEqual({ deployment: d, paged: [] });
    }
  });
});
