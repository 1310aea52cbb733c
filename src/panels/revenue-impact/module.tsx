import { PanelPlugin } from '@grafana/data';
import { addRevenueImpactOptions, type RevenueImpactOptions } from './options';
import { prefetchOrgAssumptions } from './orgAssumptionsRequest';
import { RevenueImpactPanel } from './RevenueImpactPanel';

// Grafana imports this module when a panel of this type is about to run its queries: read the settings meanwhile.
prefetchOrgAssumptions();

export const plugin = new PanelPlugin<RevenueImpactOptions>(RevenueImpactPanel).setPanelOptions(
  addRevenueImpactOptions
);
