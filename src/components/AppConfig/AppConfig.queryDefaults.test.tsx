import React from 'react';
import { of } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { config, setBackendSrv, type BackendSrv, type BackendSrvRequest } from '@grafana/runtime';
import AppConfig from './AppConfig';
import { testIds } from '../testIds';
import type { AppSettings } from '../../app/appSettings';
import { reloadPage } from './reloadPage';

jest.mock('./reloadPage', () => ({ reloadPage: jest.fn() }));

function renderConfig(jsonData: AppSettings) {
  const meta = { id: 'sre-connectionhealth-app', enabled: true, pinned: true, jsonData } as AppPluginMeta<AppSettings>;
  const props = { plugin: { meta }, query: {} } as unknown as PluginConfigPageProps<AppPluginMeta<AppSettings>>;
  return render(<AppConfig {...props} />);
}

function fakeBackend(): BackendSrvRequest[] {
  const sent: BackendSrvRequest[] = [];
  setBackendSrv({
    fetch: (request: BackendSrvRequest) => {
      sent.push(request);
      return of({ data: {}, status: 200, ok: true });
    },
  } as unknown as BackendSrv);
  return sent;
}

function setRole(orgRole: string, isGrafanaAdmin = false) {
  config.bootData.user = { ...config.bootData.user, orgRole, isGrafanaAdmin } as typeof config.bootData.user;
}

describe('configuration page: query defaults (fake backend service, user role and page reload)', () => {
  it('lets an org admin save a valid service label to the plugin settings', async () => {
    setRole('Admin');
    const sent = fakeBackend();
    renderConfig({ serviceLabel: 'source' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.serviceLabel), { target: { value: 'envoy_cluster_name' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].url).toBe('/api/plugins/sre-connectionhealth-app/settings');
    expect(sent[0].method).toBe('POST');
    expect(sent[0].data.jsonData.serviceLabel).toBe('envoy_cluster_name');
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
  });

  it('names the field and the reason when the service label is not a Prometheus label', () => {
    setRole('Admin');
    fakeBackend();
    renderConfig({ serviceLabel: 'source' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.serviceLabel), { target: { value: 'service-name' } });
    expect(screen.getByText(/"service-name" is not a Prometheus label name/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeDisabled();
  });

  it('shows a viewer the defaults read-only and sends nothing', () => {
    setRole('Viewer');
    const sent = fakeBackend();
    renderConfig({ serviceLabel: 'envoy_cluster_name' });
    expect(screen.getByTestId(testIds.appConfig.readOnly)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.serviceLabel)).toBeDisabled();
    expect(screen.getByTestId(testIds.appConfig.serviceLabel)).toHaveValue('envoy_cluster_name');
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    expect(sent).toHaveLength(0);
  });

  it('reports a failed save instead of pretending it worked', async () => {
    setRole('Admin');
    setBackendSrv({
      fetch: () => {
        throw new Error('403 Forbidden');
      },
    } as unknown as BackendSrv);
    renderConfig({ serviceLabel: 'source' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    expect(await screen.findByTestId(testIds.appConfig.status)).toHaveTextContent('Could not save: 403 Forbidden');
  });
});
