import { PanelPlugin } from '@grafana/data';
import { lazyPanel } from '../lazyPanel';
import { loadChunksFromAppFolder } from '../nestedPanelChunks';
import { addRevenueImpactOptions, type RevenueImpactOptions } from './options';
import { prefetchOrgAssumptions } from './orgAssumptionsRequest';

loadChunksFromAppFolder();
// Grafana imports this module when a panel of this type is about to run its queries: read the settings meanwhile.
prefetchOrgAssumptions();

const RevenueImpactPanel = lazyPanel<RevenueImpactOptions>(
  () => import('./RevenueImpactPanel').then((m) => m.RevenueImpactPanel),
  'Loading business impact…'
);

export const plugin = new PanelPlugin<RevenueImpactOptions>(RevenueImpactPanel).setPanelOptions(
  addRevenueImpactOptions
);
