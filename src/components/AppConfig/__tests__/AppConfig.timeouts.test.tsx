import React from 'react';
import { of } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { config, setBackendSrv, type BackendSrv, type BackendSrvRequest } from '@grafana/runtime';
import AppConfig from '../AppConfig';
import { testIds } from '../../testIds';
import type { AppSettings } from '../../../app/appSettings';

// Saving reloads the page so every page reads the new settings; jsdom cannot navigate.
jest.mock('../reloadPage', () => ({ reloadPage: jest.fn() }));

function renderAsAdmin(jsonData: AppSettings): BackendSrvRequest[] {
  config.bootData.user = { ...config.bootData.user, orgRole: 'Admin' } as typeof config.bootData.user;
  const sent: BackendSrvRequest[] = [];
  setBackendSrv({
    fetch: (request: BackendSrvRequest) => {
      sent.push(request);
      return of({ data: {}, status: 200, ok: true });
    },
  } as unknown as BackendSrv);
  const meta = { id: 'sre-connectionhealth-app', enabled: true, pinned: true, jsonData } as AppPluginMeta<AppSettings>;
  const props = { plugin: { meta }, query: {} } as unknown as PluginConfigPageProps<AppPluginMeta<AppSettings>>;
  render(<AppConfig {...props} />);
  return sent;
}

const type = (field: string, value: string) =>
  fireEvent.change(screen.getByTestId(testIds.appConfig.timeout(field)), { target: { value } });

describe('configuration page: timeouts per hop (fake backend service and user role)', () => {
  it('saves fleet defaults and per-service timeouts as typed', async () => {
    const sent = renderAsAdmin({ serviceLabel: 'source', timeouts: { fleet: { route: '15s' } } });
    expect(screen.getByTestId(testIds.appConfig.timeout('route'))).toHaveValue('15s');
    type('edge', '60s');
    type('services', '{"api-proxy": {"route": "30s"}}');
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data.jsonData.timeouts).toEqual({
      fleet: { edge: '60s', route: '15s' },
      services: { 'api-proxy': { route: '30s' } },
    });
  });

  it('names the field and the reason for zero, negative and non-duration timeouts, and does not save', () => {
    renderAsAdmin({ serviceLabel: 'source' });
    type('edge', '0s');
    type('route', '-5s');
    type('backendClient', 'soon');
    type('services', '{"api-proxy": {"route": "fast"}}');
    expect(screen.getByText(/timeouts\.fleet\.edge: 0s is zero/)).toBeInTheDocument();
    expect(screen.getByText(/timeouts\.fleet\.route: -5s is negative/)).toBeInTheDocument();
    expect(screen.getByText(/timeouts\.fleet\.backendClient: "soon" is not a duration/)).toBeInTheDocument();
    expect(screen.getByText(/timeouts\.services\["api-proxy"\]\.route: "fast" is not a duration/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeDisabled();
    type('services', '{oops');
    expect(screen.getByText(/Per-service timeouts are not JSON/)).toBeInTheDocument();
  });
});
