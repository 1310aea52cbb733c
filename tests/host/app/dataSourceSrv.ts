import {
  PluginType,
  type DataSourceApi,
  type DataSourceInstanceSettings,
  type DataSourceRef,
  type ScopedVars,
} from '@grafana/data';
import { getTemplateSrv, type DataSourceSrv, type GetDataSourceListFilters } from '@grafana/runtime';
import { PROMETHEUS_NAME, PROMETHEUS_UID } from '../hostConstants';
import { PrometheusStandIn } from './prometheusStandIn';
import { standInMeta } from './standInMeta';

const PROMETHEUS_SETTINGS: DataSourceInstanceSettings = {
  id: 1,
  uid: PROMETHEUS_UID,
  name: PROMETHEUS_NAME,
  type: 'prometheus',
  access: 'proxy',
  readOnly: true,
  isDefault: true,
  jsonData: {},
  meta: {
    ...standInMeta('prometheus', 'Prometheus', PluginType.datasource),
    metrics: true,
  } as DataSourceInstanceSettings['meta'],
};

/** One Prometheus, resolved by uid, name or a `${ds}` reference (interpolated here, as Grafana's srv does). */
export class HostDataSourceSrv implements DataSourceSrv {
  private readonly prometheus = new PrometheusStandIn(PROMETHEUS_SETTINGS);

  async get(ref?: DataSourceRef | string | null, scopedVars?: ScopedVars): Promise<DataSourceApi> {
    const settings = this.getInstanceSettings(ref, scopedVars);
    if (!settings) {
      throw new Error(`Datasource ${JSON.stringify(ref)} was not found`);
    }
    return this.prometheus as unknown as DataSourceApi;
  }

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    const wanted = filters.pluginId ?? filters.type;
    return !wanted || wanted === 'prometheus' ? [PROMETHEUS_SETTINGS] : [];
  }

  getInstanceSettings(
    ref?: DataSourceRef | string | null,
    scopedVars?: ScopedVars
  ): DataSourceInstanceSettings | undefined {
    const raw = typeof ref === 'string' ? ref : ref?.uid;
    const name = raw ? getTemplateSrv().replace(raw, scopedVars) : undefined;
    if (!name || name === 'default' || name === PROMETHEUS_UID || name === PROMETHEUS_NAME) {
      return PROMETHEUS_SETTINGS;
    }
    return undefined;
  }

  reload(): Promise<void> {
    return Promise.resolve();
  }

  registerRuntimeDataSource(): void {
    throw new Error('The test host has no runtime datasources');
  }
}
