import {
  PluginType,
  type DataSourceApi,
  type DataSourceInstanceSettings,
  type DataSourceRef,
  type ScopedVars,
} from '@grafana/data';
import { getTemplateSrv, type DataSourceSrv, type GetDataSourceListFilters } from '@grafana/runtime';
import {
  FIX_ROLLOUT_PROMETHEUS_NAME,
  FIX_ROLLOUT_PROMETHEUS_UID,
  PROMETHEUS_NAME,
  PROMETHEUS_UID,
} from '../hostConstants';
import { PrometheusStandIn } from './prometheusStandIn';
import { standInMeta } from './standInMeta';

const prometheusSettings = (id: number, uid: string, name: string, isDefault: boolean): DataSourceInstanceSettings => ({
  id,
  uid,
  name,
  type: 'prometheus',
  access: 'proxy',
  readOnly: true,
  isDefault,
  jsonData: {},
  meta: {
    ...standInMeta('prometheus', 'Prometheus', PluginType.datasource),
    metrics: true,
  } as DataSourceInstanceSettings['meta'],
});

// The incident fixture (the default) and the fix rollout, each a real Prometheus behind the host's proxy.
const SETTINGS = [
  prometheusSettings(1, PROMETHEUS_UID, PROMETHEUS_NAME, true),
  prometheusSettings(2, FIX_ROLLOUT_PROMETHEUS_UID, FIX_ROLLOUT_PROMETHEUS_NAME, false),
];

/** The fixture Prometheus servers, resolved by uid, name or a `${ds}` reference (interpolated here, as Grafana's srv does). */
export class HostDataSourceSrv implements DataSourceSrv {
  private readonly instances = new Map(SETTINGS.map((s) => [s.uid, new PrometheusStandIn(s)]));

  async get(ref?: DataSourceRef | string | null, scopedVars?: ScopedVars): Promise<DataSourceApi> {
    const settings = this.getInstanceSettings(ref, scopedVars);
    if (!settings) {
      throw new Error(`Datasource ${JSON.stringify(ref)} was not found`);
    }
    return this.instances.get(settings.uid) as unknown as DataSourceApi;
  }

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    const wanted = filters.pluginId ?? filters.type;
    return !wanted || wanted === 'prometheus' ? SETTINGS : [];
  }

  getInstanceSettings(
    ref?: DataSourceRef | string | null,
    scopedVars?: ScopedVars
  ): DataSourceInstanceSettings | undefined {
    const raw = typeof ref === 'string' ? ref : ref?.uid;
    const name = raw ? getTemplateSrv().replace(raw, scopedVars) : undefined;
    if (!name || name === 'default') {
      return SETTINGS[0];
    }
    return SETTINGS.find((s) => s.uid === name || s.name === name);
  }

  reload(): Promise<void> {
    return Promise.resolve();
  }

  registerRuntimeDataSource(): void {
    throw new Error('The test host has no runtime datasources');
  }
}
