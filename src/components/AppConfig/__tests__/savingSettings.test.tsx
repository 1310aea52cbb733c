import React from 'react';
import { of, throwError } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { config, setBackendSrv, type BackendSrv, type BackendSrvRequest } from '@grafana/runtime';
import AppConfig from '../AppConfig';
import type { AppSettings } from '../../../app/appSettings';
import { testIds } from '../../testIds';
import { reloadPage } from '../reloadPage';

jest.mock('../reloadPage', () => ({ reloadPage: jest.fn() }));

type User = typeof config.bootData.user;
type SignedIn = { orgRole: string; permissions?: Record<string, boolean> };

function signIn(user: SignedIn) {
  config.bootData.user = { ...config.bootData.user, isGrafanaAdmin: false, permissions: undefined, ...user } as User;
}

function renderConfig(jsonData: AppSettings) {
  const meta = { id: 'sre-connectionhealth-app', enabled: true, pinned: true, jsonData } as AppPluginMeta<AppSettings>;
  const props = { plugin: { meta }, query: {} } as unknown as PluginConfigPageProps<AppPluginMeta<AppSettings>>;
  return render(<AppConfig {...props} />);
}

/** A backend service that keeps what was posted, as Grafana's settings API does, or fails the way Grafana fails. */
function fakeBackend(failure?: unknown): { sent: BackendSrvRequest[]; saved: () => AppSettings } {
  const sent: BackendSrvRequest[] = [];
  setBackendSrv({
    fetch: (request: BackendSrvRequest) => {
      sent.push(request);
      return failure ? throwError(() => failure) : of({ data: { message: 'Plugin settings updated' }, status: 200 });
    },
  } as unknown as BackendSrv);
  return { sent, saved: () => sent[sent.length - 1].data.jsonData };
}

beforeEach(() => {
  jest.mocked(reloadPage).mockClear();
  window.sessionStorage.clear();
});

describe('saving the organisation defaults (fake backendSrv, fake bootData user, fake page reload)', () => {
  it('reloads the page after a save, so a reopened form shows the saved values instead of Grafana’s cached ones', async () => {
    signIn({ orgRole: 'Admin' });
    const backend = fakeBackend();
    const first = renderConfig({ serviceLabel: 'source', assumptions: { profitMargin: 0.25 } });
    fireEvent.change(screen.getByTestId(testIds.appConfig.assumption('profitMargin')), { target: { value: '0.3' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId(testIds.appConfig.status)).toBeNull();
    first.unmount();

    // After the reload Grafana hands the page the settings it now stores.
    renderConfig(backend.saved());
    expect(screen.getByTestId(testIds.appConfig.assumption('profitMargin'))).toHaveValue('0.3');
    expect(screen.getByTestId(testIds.appConfig.status)).toHaveTextContent('Saved');
  });

  it('says "Saved" once: no Grafana toast, and not again on the next visit', async () => {
    signIn({ orgRole: 'Admin' });
    const backend = fakeBackend();
    const form = renderConfig({ serviceLabel: 'source' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(reloadPage).toHaveBeenCalled());
    expect(backend.sent[0]).toMatchObject({ showSuccessAlert: false, showErrorAlert: false });
    form.unmount();
    renderConfig(backend.saved()).unmount();
    renderConfig(backend.saved());
    expect(screen.queryByTestId(testIds.appConfig.status)).toBeNull();
  });

  it('shows the status and message of Grafana’s FetchError, not [object Object], and does not reload', async () => {
    signIn({ orgRole: 'Admin' });
    fakeBackend({ status: 403, statusText: 'Forbidden', data: { message: 'You’ll need additional permissions' } });
    renderConfig({ serviceLabel: 'source' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    const status = await screen.findByTestId(testIds.appConfig.status);
    expect(status).toHaveTextContent('Could not save: HTTP 403 Forbidden: You’ll need additional permissions');
    expect(status).not.toHaveTextContent('[object Object]');
    expect(reloadPage).not.toHaveBeenCalled();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeEnabled();
  });

  it('names a bare HTTP status when Grafana’s error carries no message', async () => {
    signIn({ orgRole: 'Admin' });
    fakeBackend({ status: 502, data: {} });
    renderConfig({ serviceLabel: 'source' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    expect(await screen.findByTestId(testIds.appConfig.status)).toHaveTextContent(/^Could not save: HTTP 502$/);
  });
});

describe('who may edit: Grafana’s plugins:write permission, the org role only when Grafana sends no permissions (fake bootData user)', () => {
  it.each([
    ['an Editor granted plugins:write', { orgRole: 'Editor', permissions: { 'plugins:write': true } }, true],
    [
      'an Admin whose permissions lack plugins:write',
      { orgRole: 'Admin', permissions: { 'dashboards:read': true } },
      false,
    ],
    ['an Admin, no permissions sent', { orgRole: 'Admin' }, true],
    ['a Viewer, no permissions sent', { orgRole: 'Viewer' }, false],
  ] as Array<[string, SignedIn, boolean]>)('%s: editable %s', (_who, user, editable) => {
    signIn(user);
    fakeBackend();
    renderConfig({ serviceLabel: 'source' });
    expect(screen.queryByTestId(testIds.appConfig.readOnly) === null).toBe(editable);
    expect(screen.getByTestId(testIds.appConfig.serviceLabel)).toHaveProperty('disabled', !editable);
  });
});
