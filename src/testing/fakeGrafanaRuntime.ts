import { of } from 'rxjs';
import {
  LoadingState,
  type DataQueryRequest,
  type DataSourceApi,
  type DataSourceInstanceSettings,
  type PanelData,
} from '@grafana/data';
import { setDataSourceSrv, setRunRequest, type DataSourceSrv } from '@grafana/runtime';

export interface FakeRuntime {
  /** Every request the scenes sent, in order, as the datasource would receive it. */
  requests: DataQueryRequest[];
}

const SETTINGS = {
  uid: 'fake-prometheus',
  type: 'prometheus',
  name: 'Fake Prometheus',
  meta: { id: 'prometheus', info: { logos: {} } },
  jsonData: {},
  access: 'proxy',
  readOnly: false,
} as unknown as DataSourceInstanceSettings;

/** Fakes Grafana's datasource service and request runner: label values come from `labelValues`. */
export function installFakeGrafanaRuntime(labelValues: Record<string, string[]>): FakeRuntime {
  const runtime: FakeRuntime = { requests: [] };
  const datasource = {
    ...SETTINGS,
    getRef: () => ({ uid: SETTINGS.uid, type: SETTINGS.type }),
    metricFindQuery: async (query: string) => {
      const label = Object.keys(labelValues).find((name) => query.includes(name));
      return (label ? labelValues[label] : []).map((text) => ({ text, value: text }));
    },
    query: () => of({ data: [] }),
  } as unknown as DataSourceApi;

  const srv = {
    get: async () => datasource,
    getInstanceSettings: () => SETTINGS,
    getList: () => [SETTINGS],
    reload: async () => undefined,
    registerRuntimeDataSource: () => undefined,
  } as unknown as DataSourceSrv;
  setDataSourceSrv(srv);

  setRunRequest((_ds: DataSourceApi, request: DataQueryRequest) => {
    runtime.requests.push(request);
    const data: PanelData = { state: LoadingState.Done, series: [], timeRange: request.range };
    return of(data);
  });
  return runtime;
}
