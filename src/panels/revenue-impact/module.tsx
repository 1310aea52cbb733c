import { PanelPlugin } from '@grafana/data';
import { lazyPanel } from '../lazyPanel';
import { loadChunksFromAppFolder } from '../nestedPanelChunks';
import { addRevenueImpactOptions, type RevenueImpactOptions } from './options';
import { prefetchOrgAssumptions } from './orgAssumptionsRequest';
import { prewarmImpactWorker } from './compute/impactWorkerSpare';

loadChunksFromAppFolder();
// Grafana imports this module when a panel of this type is about to run its queries: read the settings and start the
// engine's worker meanwhile. (Scenes mounts the panel only once its data is in, so a start on mount came too late.)
prefetchOrgAssumptions();
prewarmImpactWorker();

const RevenueImpactPanel = lazyPanel<RevenueImpactOptions>(
  () => import('./RevenueImpactPanel').then((m) => m.RevenueImpactPanel),
  'Loading business impact…'
);

export const plugin = new PanelPlugin<RevenueImpactOptions>(RevenueImpactPanel).setPanelOptions(
  addRevenueImpactOptions
);
