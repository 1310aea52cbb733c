import { PanelPlugin } from '@grafana/data';
import { addRevenueImpactOptions, type RevenueImpactOptions } from './options';
import { RevenueImpactPanel } from './RevenueImpactPanel';

export const plugin = new PanelPlugin<RevenueImpactOptions>(RevenueImpactPanel).setPanelOptions(
  addRevenueImpactOptions
);
