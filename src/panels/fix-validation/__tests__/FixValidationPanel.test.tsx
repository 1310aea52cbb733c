import React from 'react';
import { from, of, throwError } from 'rxjs';
import { render, screen, waitFor } from '@testing-library/react';
import { EventBusSrv, LoadingState, dateTime, type PanelProps } from '@grafana/data';
import { PanelContextProvider } from '@grafana/ui';
import { setBackendSrv, setDataSourceSrv, type BackendSrv, type DataSourceSrv } from '@grafana/runtime';
import { getQuery, renderExpr } from '../../../queries';
import { testIds } from '../../../components/testIds';
import { FixValidationPanel } from '../FixValidationPanel';
import type { FixValidationOptions } from '../options';

const DAY = 86_400_000;
const T_END = Date.UTC(2026, 3, 16);
const FIX = '2026-03-25T12:00:00Z';

interface Sent {
  url: string;
  params: Record<string, string>;
}

/** Grafana's backendSrv faked: app settings, and a Prometheus behind the datasource proxy that has no data. */
function fakeGrafana(): Sent[] {
  const sent: Sent[] = [];
  setDataSourceSrv({
    getInstanceSettings: (ref: string | null) =>
      ref === 'loki' ? { uid: 'loki', type: 'loki' } : { uid: 'prom-uid', type: 'prometheus', name: 'Prometheus' },
  } as unknown as DataSourceSrv);
  setBackendSrv({
    get: () => Promise.resolve({ jsonData: {} }),
    fetch: (options: { url: string; params: Record<string, string> }) => {
      sent.push({ url: options.url, params: options.params });
      return of({ status: 200, data: { status: 'success', data: { resultType: 'matrix', result: [] } } });
    },
  } as unknown as BackendSrv);
  return sent;
}

function props(options: FixValidationOptions): PanelProps<FixValidationOptions> {
  const timeRange = { from: dateTime(T_END - 30 * DAY), to: dateTime(T_END), raw: { from: '', to: '' } };
  const variables: Record<string, string> = { '${label}': 'source', '${service}': '.*' };
  return {
    data: { series: [], state: LoadingState.Done, timeRange },
    options,
    timeRange,
    timeZone: 'utc',
    width: 1000,
    height: 800,
    // Variables the dashboard defines are replaced; others (${fixAt}, ${datasource} here) stay as written.
    replaceVariables: (value: string) => variables[value] ?? value,
  } as unknown as PanelProps<FixValidationOptions>;
}

/** The panel as Grafana mounts it: in a panel context whose instance state it may set. */
function inPanelContext(panel: React.ReactElement, onInstanceStateChange: (state: unknown) => void) {
  return (
    <PanelContextProvider value={{ eventsScope: 'test', eventBus: new EventBusSrv(), onInstanceStateChange }}>
      {panel}
    </PanelContextProvider>
  );
}

describe('Fix validation panel (fake backendSrv: app settings and a Prometheus with no data behind the datasource proxy)', () => {
  it('sends the CLI’s queries through Grafana’s datasource proxy and explains why there is no verdict', async () => {
    const sent = fakeGrafana();
    render(<FixValidationPanel {...props({ fixAt: FIX })} />);
    expect(await screen.findByTestId(testIds.fixPanel.problem)).toHaveTextContent(
      /Cannot validate the fix.*no Envoy request data between 2026-03-04T12:00:00Z and 2026-04-15T12:00:00Z/
    );
    expect(new Set(sent.map((s) => s.url))).toEqual(
      new Set(['/api/datasources/proxy/uid/prom-uid/api/v1/query_range'])
    );
    // 42 days at the CLI's 1-minute step, in pieces of at most 11,000 points, with the CLI's rendering.
    const errors = renderExpr(getQuery('upstream5xxRate').expr, {
      serviceLabel: 'source',
      services: '.*',
      rateInterval: '120s',
      range: `${42 * 86_400}s`,
    });
    const pieces = sent.filter((s) => s.params.query === errors);
    expect(pieces.map((p) => p.params.step)).toEqual(['60', '60', '60', '60', '60', '60']);
    for (const p of pieces) {
      expect((Number(p.params.end) - Number(p.params.start)) / 60 + 1).toBeLessThanOrEqual(11_000);
    }
    expect(pieces[0].params.start).toBe(String(Date.parse(FIX) / 1000 - 21 * 86_400));
  });

  it.each([
    [{ prometheus: 'loki', fixAt: FIX }, /"loki" is not a Prometheus datasource/],
    [{ fixAt: '2026-03-25 12:00' }, /The fix time "2026-03-25 12:00" is not an ISO 8601 time with a zone/],
    [{ fixAt: FIX, before: '3 weeks' }, /The before window "3 weeks" is not a duration/],
  ])('refuses %j in one line, without a query', async (options, message) => {
    const sent = fakeGrafana();
    const told = jest.fn();
    render(inPanelContext(<FixValidationPanel {...props(options)} />, told));
    expect(await screen.findByTestId(testIds.fixPanel.problem)).toHaveTextContent(message);
    expect(sent).toEqual([]);
    // A problem is an answer too: the page need not hold its charts back for it.
    await waitFor(() => expect(told).toHaveBeenCalledWith({ answered: true }));
  });

  it('without a fix time (an unset ${fixAt}) searches the range for a rollout and, finding none, asks for it', async () => {
    const sent = fakeGrafana();
    render(<FixValidationPanel {...props({})} />);
    expect(await screen.findByTestId(testIds.fixPanel.askFixTime)).toHaveTextContent(
      /No rollout of the selected services between .* was followed by a drop in bursts \(0 rollouts and 0 bursts found/
    );
    expect(
      sent.some((s) => s.url.endsWith('/api/v1/query') && s.params.query.includes('kube_replicaset_created'))
    ).toBe(true);
  });

  it('with searching turned off (the app page searches itself) it asks without querying', async () => {
    const sent = fakeGrafana();
    render(<FixValidationPanel {...props({ fixAt: '', searchDefault: false })} />);
    expect(await screen.findByTestId(testIds.fixPanel.askFixTime)).toHaveTextContent(/No fix time is set/);
    expect(sent).toEqual([]);
  });
});

const DAY_S = 86_400;
// Both passes run the engine in jsdom: budgets for a loaded 2-core machine (waits end as soon as the page is there).
const WAIT = { timeout: 60_000 };
const TEST_MS = 180_000;
const FIX_S = Date.parse(FIX) / 1000;

interface Asked {
  step: string;
  answered: boolean;
}

/**
 * Grafana's datasource proxy faked: every range query answers one steady series of one service. The coarse pass's
 * request data starts two days before the fix (its before window is clipped), the fine pass's covers both windows
 * and waits until the test releases it, so what the panel shows in between can be read.
 */
function fakePrometheus(coarseRefused = false) {
  const sent: Asked[] = [];
  let release = () => {};
  const fine = new Promise<void>((resolve) => (release = resolve));
  setDataSourceSrv({
    getInstanceSettings: () => ({ uid: 'prom-uid', type: 'prometheus', name: 'Prometheus' }),
  } as unknown as DataSourceSrv);
  setBackendSrv({
    get: () => Promise.resolve({ jsonData: {} }),
    fetch: ({ url, params }: { url: string; params: Record<string, string> }) => {
      if (url.endsWith('/api/v1/query')) {
        sent.push({ step: 'instant', answered: true });
        return of({ status: 200, data: { status: 'success', data: { resultType: 'vector', result: [] } } });
      }
      const step = Number(params.step);
      const coarse = step === 300;
      if (coarse && coarseRefused) {
        return throwError(() => ({ status: 503, data: { status: 'error', error: 'too busy' } }));
      }
      const first = coarse ? Math.max(Number(params.start), FIX_S - 2 * DAY_S) : Number(params.start);
      const values: Array<[number, string]> = [];
      for (let t = first; t <= Number(params.end); t += step) {
        values.push([t, '1']);
      }
      const result = [{ metric: { source: 'api.svc', instance: 'pod-1', namespace: 'api' }, values }];
      const answer = { status: 200, data: { status: 'success', data: { resultType: 'matrix', result } } };
      const entry = { step: params.step, answered: false };
      sent.push(entry);
      const answered = () => {
        entry.answered = true;
        return answer;
      };
      return step === 60 ? from(fine.then(answered)) : of(answered());
    },
  } as unknown as BackendSrv);
  return { sent, release };
}

describe('Fix validation panel, preliminary then refined (fake backendSrv: a Prometheus with one steady series behind the datasource proxy)', () => {
  it(
    'labels the coarse first verdict preliminary, then shows the fine pass’s own figures in its place',
    async () => {
      const { sent, release } = fakePrometheus();
      // What the panel showed when it told its host: the verdict must already be drawn (on a fast machine the fake's
      // coarse answers make the first verdict before any wait could look in between).
      const shownWhenTold: boolean[] = [];
      const told = jest.fn(() => shownWhenTold.push(screen.queryByTestId(testIds.fixPanel.verdict) !== null));
      render(inPanelContext(<FixValidationPanel {...props({ fixAt: FIX, before: '3d', after: '3d' })} />, told));
      await waitFor(() => expect(sent.length).toBeGreaterThan(0), WAIT);

      const note = await screen.findByTestId(testIds.fixPanel.preliminary, {}, WAIT);
      // The page shows its charts once the first verdict is drawn: told once, with the preliminary one.
      await waitFor(() => expect(told).toHaveBeenCalledWith({ answered: true }), WAIT);
      expect(shownWhenTold).toEqual([true]);
      expect(note).toHaveTextContent('Preliminary (5-minute step), refining…');
      expect(note).toHaveTextContent('1-minute comparison');
      expect(screen.getByTestId(testIds.fixPanel.container)).toHaveAttribute('data-refined', 'false');
      expect(screen.getByTestId(testIds.fixPanel.verdict)).toBeInTheDocument();
      // The coarse pass's before window is what its data holds: clipped, and said so.
      expect(screen.getByTestId(testIds.fixPanel.fixTime)).toHaveTextContent(
        /Before: 2026-03-23 .*\(clipped to the data\)/
      );
      // Coarse pieces were all answered before the first fine one went out; the fine ones wait.
      const firstFine = sent.findIndex((s) => s.step === '60');
      expect(firstFine).toBeGreaterThan(0);
      expect(sent.slice(0, firstFine).every((s) => s.answered && s.step !== '60')).toBe(true);
      expect(sent.filter((s) => s.step === '60').every((s) => !s.answered)).toBe(true);

      release();
      await waitFor(() => expect(screen.queryByTestId(testIds.fixPanel.preliminary)).not.toBeInTheDocument(), WAIT);
      expect(screen.getByTestId(testIds.fixPanel.container)).toHaveAttribute('data-refined', 'true');
      expect(screen.getByTestId(testIds.fixPanel.fixTime)).toHaveTextContent(/Before: 2026-03-22 12:00:00 → /);
      expect(screen.getByTestId(testIds.fixPanel.fixTime)).not.toHaveTextContent('clipped');
      // The rollouts do not depend on the step: asked once, shared by both passes.
      expect(sent.filter((s) => s.step === 'instant')).toHaveLength(1);
      expect(told).toHaveBeenCalledTimes(1);
    },
    TEST_MS
  );

  it(
    'when Prometheus refuses the coarse pass, shows no problem and waits for the fine pass’s verdict',
    async () => {
      const { sent, release } = fakePrometheus(true);
      render(<FixValidationPanel {...props({ fixAt: FIX, before: '3d', after: '3d' })} />);
      await waitFor(() => expect(sent.some((s) => s.step === '60')).toBe(true), WAIT);
      expect(screen.getByTestId(testIds.fixPanel.running)).toBeInTheDocument();
      release();
      expect(await screen.findByTestId(testIds.fixPanel.verdict, {}, WAIT)).toBeInTheDocument();
      expect(screen.getByTestId(testIds.fixPanel.container)).toHaveAttribute('data-refined', 'true');
      expect(screen.queryByTestId(testIds.fixPanel.problem)).not.toBeInTheDocument();
      expect(screen.queryByTestId(testIds.fixPanel.preliminary)).not.toBeInTheDocument();
    },
    TEST_MS
  );
});
