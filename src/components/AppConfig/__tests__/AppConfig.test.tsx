import React from 'react';
import { of } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { config, setBackendSrv, type BackendSrv } from '@grafana/runtime';
import AppConfig from '../AppConfig';
import type { AppSettings } from '../../../app/appSettings';
import { testIds } from '../../testIds';
import { reloadPage } from '../reloadPage';

jest.mock('../reloadPage', () => ({ reloadPage: jest.fn() }));

function props(jsonData: AppSettings): PluginConfigPageProps<AppPluginMeta<AppSettings>> {
  return { plugin: { meta: { id: 'sre-connectionhealth-app', enabled: true, pinned: true, jsonData } } } as never;
}

function asRole(orgRole: string) {
  config.bootData = { ...config.bootData, user: { ...config.bootData?.user, orgRole, isGrafanaAdmin: false } } as never;
}

describe('AppConfig business-impact assumptions (fake backendSrv, fake bootData user, fake page reload)', () => {
  const fetch = jest.fn(() => of({ data: {} }));
  beforeEach(() => {
    fetch.mockClear();
    setBackendSrv({ fetch } as unknown as BackendSrv);
  });

  it('lets an admin save assumptions, and refuses a negative margin naming the field', async () => {
    asRole('Admin');
    render(<AppConfig {...props({ serviceLabel: 'source', assumptions: { gmvPerSession: 3.1 } })} />);
    expect(screen.getByTestId(testIds.appConfig.assumption('gmvPerSession'))).toHaveValue('3.1');
    fireEvent.change(screen.getByTestId(testIds.appConfig.assumption('profitMargin')), { target: { value: '-0.1' } });
    expect(screen.getByText(/Profit margin \(profitMargin\) must be between 0 and 1, got -0.1/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeDisabled();

    fireEvent.change(screen.getByTestId(testIds.appConfig.assumption('profitMargin')), { target: { value: '0.3' } });
    fireEvent.change(screen.getByTestId(testIds.appConfig.assumption('apiCallsPerPage')), { target: { value: '0' } });
    expect(screen.getByText(/API calls per page \(apiCallsPerPage\) must be above 0/)).toBeInTheDocument();
    fireEvent.change(screen.getByTestId(testIds.appConfig.assumption('apiCallsPerPage')), { target: { value: '' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    await waitFor(() => expect(reloadPage).toHaveBeenCalled());
    expect(fetch).toHaveBeenCalledTimes(1);
    const sent = (fetch.mock.calls[0] as unknown as [{ data: { jsonData: AppSettings } }])[0].data.jsonData;
    expect(sent.assumptions).toEqual({ gmvPerSession: 3.1, profitMargin: 0.3 });
    expect(sent.serviceLabel).toBe('source');
  });

  it('shows a viewer the values read-only and never saves', () => {
    asRole('Viewer');
    render(<AppConfig {...props({ assumptions: { abandonRate: 0.2 } })} />);
    expect(screen.getByTestId(testIds.appConfig.readOnly)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.assumption('abandonRate'))).toBeDisabled();
    expect(screen.getByTestId(testIds.appConfig.submit)).toBeDisabled();
    fireEvent.click(screen.getByTestId(testIds.appConfig.submit));
    expect(fetch).not.toHaveBeenCalled();
  });
});
