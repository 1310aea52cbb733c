import { SEED_ASSUMPTIONS, liveImpact, type LiveImpact, type LiveSeries, type ServiceSeries } from '../../src/impact';
import {
  catalogueFor,
  queryFor,
  renderExpr,
  revenuePanelTargetsForEveryProxy,
  type CatalogueQuery,
} from '../../src/queries';
import { promqlSyntaxErrors } from '../../src/queries/__tests__/promqlSyntax';
import {
  DEEP,
  LEAKS,
  LeakRig,
  POOL,
  RATE_INTERVAL,
  RELEASES,
  SHALLOW,
  type LeakRun,
} from '../fixtures/leak/haproxyLeakScenario';
import { EMPTY_BACKEND } from '../fixtures/leak/haproxyServer';
import { instantQuery, rangeQuery, type Sample, type Series } from './prometheusApi';

// node_exporter counts CLOSE_WAIT host-wide and other suites may open or close sockets meanwhile: the rise
// attributable to the leak is asserted with this margin, the exact count with `ss` on the dependency's port.
const HOST_NOISE_MARGIN = 2;
// The run lasts about a minute and a half: bursts are scaled from minutes to seconds, the engine is the same.
const SCALED_BURSTS = { minDurationSeconds: 8, maxGapSeconds: 4, fallbackStepSeconds: 1 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

// A real leak behind a real HAProxy: Debian's haproxy with its Prometheus exporter, two Node backends (one whose
// HTTP client leaks its sockets on an error path), node_exporter's tcpstat collector and a real Prometheus.
describe('a real CLOSE_WAIT leak behind a real HAProxy, read through the catalogue', () => {
  const rig = new LeakRig();
  let run: LeakRun;

  beforeAll(async () => {
    run = await rig.run();
  }, 240_000);

  afterAll(() => rig.stop(), 60_000);

  const render = (q: CatalogueQuery, rateInterval = RATE_INTERVAL, range?: string) =>
    renderExpr(q.expr, {
      rateInterval,
      ...(range ? { range } : {}),
      instances: run.nodeInstance.replace(/\./g, '\\.'),
    });
  const haproxy = (id: string) => queryFor(id, 'haproxy')!;
  const over = (id: string, from: number, to: number): Promise<Series[]> =>
    rangeQuery(run.prometheusUrl, render(haproxy(id)), from, to, 1);
  const windowed = (id: string, from: number, to: number): Promise<Sample[]> =>
    instantQuery(run.prometheusUrl, render(haproxy(id), `${to - from}s`), to);
  const of = (samples: Sample[], backend: string, server?: string) =>
    samples.find((s) => s.metric.proxy === backend && (!server || s.metric.server === server))?.value ?? 0;
  const valuesOf = (series: Series[], match: (m: Record<string, string>) => boolean, from: number, to: number) =>
    series
      .filter((s) => match(s.metric))
      .flatMap((s) => s.values.filter(([t]) => t >= from && t <= to).map(([, v]) => v));

  it(`strands exactly the pool (${POOL} sockets) in real CLOSE_WAIT, and node_exporter's count rises and falls by it`, async () => {
    expect(run.closeWaitToDependency).toBe(POOL);
    const { start, fault, down, restart, end } = run.times;
    const counts = await over('closeWaitSockets', start, end);
    const host = counts.find((c) => c.metric.instance === run.nodeInstance)?.values ?? [];
    // node_exporter drops the state when no socket is in it: a missing second is 0, not a gap.
    const countAt = new Map(host.map(([t, v]) => [t, v]));
    const seconds = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => countAt.get(from + i) ?? 0);
    // Medians: another suite's sockets that come and go within a few seconds do not move them.
    const before = median(seconds(start, fault));
    const stuck = median(seconds(down, restart));
    const after = median(seconds(restart + 3, end));
    expect(stuck - before).toBeGreaterThanOrEqual(POOL - HOST_NOISE_MARGIN);
    expect(stuck - after).toBeGreaterThanOrEqual(POOL - HOST_NOISE_MARGIN);
  });

  it('answers 5xx on both backends; the shallow-check one keeps failing until the restart, the deep-check one stops', async () => {
    const { start, faultEnd, down, restart, end } = run.times;
    const volume = await instantQuery(
      run.prometheusUrl,
      render(haproxy('upstream5xxVolume'), RATE_INTERVAL, `${end - start}s`),
      end
    );
    expect(of(volume, SHALLOW)).toBeGreaterThan(of(volume, DEEP));
    expect(of(volume, DEEP)).toBeGreaterThan(0);
    const rates = await over('upstream5xxRate', start, end);
    // Requests already on the leaking server when it went DOWN time out within `timeout server`; then a rate window.
    const stuckFrom = Math.max(faultEnd, down) + 8;
    const during = (backend: string) => mean(valuesOf(rates, (m) => m.proxy === backend, stuckFrom, restart));
    expect(during(SHALLOW)).toBeGreaterThan(1);
    expect(during(DEEP)).toBeLessThan(0.5);
    // HAProxy's own 504s (`timeout server`) are response errors too: the CLOSE_WAIT row's signal for HAProxy.
    const errors = await over('rxResetRate', start, end);
    expect(mean(valuesOf(errors, (m) => m.proxy === SHALLOW, stuckFrom, restart))).toBeGreaterThan(1);
    expect(run.loadCounts['504']).toBeGreaterThan(0);
  });

  it('fails the deep check of the leaking server and takes it DOWN; the shallow check passes while its requests fail (seed 001)', async () => {
    const { start, restart } = run.times;
    const checks = await windowed('healthCheckFailures', start, restart - 1);
    expect(of(checks, DEEP, LEAKS)).toBeGreaterThanOrEqual(2);
    // The releasing server's deep check passes too, unless a loaded machine delays the dependency past the deadline.
    expect(of(checks, DEEP, RELEASES)).toBeLessThan(of(checks, DEEP, LEAKS));
    expect(of(checks, SHALLOW, LEAKS)).toBe(0);
    const transitions = await windowed('ejectionsByReason', start, restart - 1);
    expect(of(transitions, DEEP, LEAKS)).toBeGreaterThanOrEqual(1);
    expect(of(transitions, SHALLOW, LEAKS)).toBe(0);
    const failing = await windowed('hostFailedResponseRate', start, restart - 1);
    expect(of(failing, SHALLOW, LEAKS)).toBeGreaterThan(of(failing, SHALLOW, RELEASES));
  });

  it('finds the burst with the CLOSE_WAIT signature through the ROI panel inputs and src/impact (one engine)', async () => {
    const { start, fault, restart, recovered } = run.times;
    const to = recovered + 10;
    const series: LiveSeries = {
      errors: [],
      requests: [],
      rxReset: [],
      remoteCloseRatio: [],
      closeWait: [],
      pages: [],
    };
    for (const target of revenuePanelTargetsForEveryProxy().filter((t) => t.query.proxy !== 'envoy')) {
      const label = target.query.proxy ? 'proxy' : 'instance';
      const raw = await rangeQuery(run.prometheusUrl, render(target.query), start, to, 1);
      (series[target.input] ??= []).push(
        ...raw.map((s): ServiceSeries => ({
          service: s.metric[label],
          samples: s.values.map(([t, v]) => [t * 1000, v]),
        }))
      );
    }
    const impact: LiveImpact = liveImpact(series, {
      from: start * 1000,
      to: to * 1000,
      assumptions: SEED_ASSUMPTIONS,
      burstOptions: SCALED_BURSTS,
    });
    const shallow = impact.bursts.find((b) => b.service === SHALLOW);
    expect(shallow).toBeDefined();
    expect(shallow!.start / 1000).toBeGreaterThanOrEqual(fault - 5);
    expect(shallow!.end / 1000).toBeLessThanOrEqual(restart + 10);
    expect(shallow!.signature).toMatchObject({ closeWait: true, rxReset: true, closeWaitRose: true });
    expect(impact.inputs.attributionRate.source).toBe('measured');
    // The deep check took the leaking server out: whatever burst its backend shows is the shorter one.
    const deep = impact.bursts.find((b) => b.service === DEEP);
    expect(deep?.durationSeconds ?? 0).toBeLessThan(shallow!.durationSeconds);
  });

  it('reads a backend with no servers as 0 healthy hosts, with no total and no share to divide', async () => {
    const members = await instantQuery(run.prometheusUrl, render(haproxy('healthyHosts')), run.times.end);
    const empty = members.filter((s) => s.metric.proxy === EMPTY_BACKEND);
    expect(empty.map((s) => [s.metric.hosts, s.value])).toEqual([['healthy', 0]]);
    const ejected = await instantQuery(run.prometheusUrl, render(haproxy('hostsEjectedNow')), run.times.end);
    expect(ejected.filter((s) => s.metric.proxy === EMPTY_BACKEND)).toEqual([]);
  });

  it('ramps the restarted server back in with slow start', async () => {
    const { restart, end, reload } = run.times;
    const weights = await over('slowStartWeight', restart, reload - 1);
    const leaking = valuesOf(weights, (m) => m.proxy === DEEP && m.server === LEAKS, restart, reload - 1);
    expect(Math.min(...leaking)).toBeLessThan(1);
    expect(leaking[leaking.length - 1]).toBe(1);
    expect(end).toBeGreaterThan(reload);
  });

  it('runs every HAProxy rendering of the catalogue on the real exporter: data, no NaN, no negative rate across a reload', async () => {
    const { start, end, reload } = run.times;
    const rendered = catalogueFor('haproxy').filter((q) => q.proxy === 'haproxy');
    const empty: string[] = [];
    for (const q of rendered) {
      const expr = render(q, RATE_INTERVAL, `${end - start}s`);
      expect({ id: q.id, errors: promqlSyntaxErrors(expr) }).toEqual({ id: q.id, errors: [] });
      const values = q.instant
        ? (await instantQuery(run.prometheusUrl, expr, end)).map((s) => s.value)
        : (await rangeQuery(run.prometheusUrl, expr, start, end, 1)).flatMap((s) => s.values.map(([, v]) => v));
      if (values.length === 0) {
        empty.push(q.id);
      }
      expect({ id: q.id, bad: values.filter((v) => !Number.isFinite(v) || v < 0) }).toEqual({ id: q.id, bad: [] });
    }
    // Flapping needs three UP→DOWN transitions of one server within an hour; this run makes one.
    expect(empty).toEqual(['flappingHosts']);
    const beforeReload = await instantQuery(
      run.prometheusUrl,
      render(haproxy('upstream5xxVolume'), RATE_INTERVAL, `${reload - 1 - start}s`),
      reload - 1
    );
    const overall = await instantQuery(
      run.prometheusUrl,
      render(haproxy('upstream5xxVolume'), RATE_INTERVAL, `${end - start}s`),
      end
    );
    // increase() reads the reset as a restart from 0: the total keeps counting across the reload (extrapolation aside).
    expect(of(overall, SHALLOW)).toBeGreaterThan(0.95 * of(beforeReload, SHALLOW));
    const afterReload = await over('upstreamRequestRate', reload + 3, end);
    expect(mean(valuesOf(afterReload, (m) => m.proxy === SHALLOW, reload + 3, end))).toBeGreaterThan(1);
  });
});
