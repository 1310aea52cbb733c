import React from 'react';
import { of } from 'rxjs';
import { render, screen } from '@testing-library/react';
import { LoadingState, dateTime, type PanelProps } from '@grafana/data';
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
    render(<FixValidationPanel {...props(options)} />);
    expect(await screen.findByTestId(testIds.fixPanel.problem)).toHaveTextContent(message);
    expect(sent).toEqual([]);
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
