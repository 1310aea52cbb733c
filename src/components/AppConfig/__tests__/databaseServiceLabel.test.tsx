import React from 'react';
import { of } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { config, setBackendSrv, type BackendSrv, type BackendSrvRequest } from '@grafana/runtime';
import AppConfig from '../AppConfig';
import { testIds } from '../../testIds';
import { readAppSettings, type AppSettings } from '../../../app/appSettings';

jest.mock('../reloadPage', () => ({ reloadPage: jest.fn() }));

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

describe('configuration page: database service label (fake backend service, user role and page reload)', () => {
  beforeEach(() => {
    config.bootData.user = { ...config.bootData.user, orgRole: 'Admin' } as typeof config.bootData.user;
  });

  it('saves the label on database exporter targets beside the service label', async () => {
    const sent = fakeBackend();
    renderConfig({ serviceLabel: 'source' });
    const field = screen.getByTestId(testIds.appConfig.databaseServiceLabel);
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('placeholder', 'source');
    fireEvent.change(field, { target: { value: ' service ' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data.jsonData).toMatchObject({ serviceLabel: 'source', databaseServiceLabel: 'service' });
  });

  it('names the field and the reason when the label is not a Prometheus label name, and does not save', () => {
    const sent = fakeBackend();
    renderConfig({ serviceLabel: 'source' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.databaseServiceLabel), { target: { value: 'team-name' } });
    expect(screen.getByText(/^Database service label: "team-name" is not a Prometheus label name/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeDisabled();
    expect(sent).toHaveLength(0);
  });

  it('reads an empty or missing setting as "use the service label"', () => {
    expect(readAppSettings({ databaseServiceLabel: '' }).databaseServiceLabel).toBeUndefined();
    expect(readAppSettings({}).databaseServiceLabel).toBeUndefined();
    expect(readAppSettings({ databaseServiceLabel: 'service' }).databaseServiceLabel).toBe('service');
    expect(readAppSettings({ databaseServiceLabel: 42 }).databaseServiceLabel).toBeUndefined();
  });
});
