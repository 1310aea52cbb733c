import { PanelPlugin } from '@grafana/data';
import { FixValidationPanel } from './FixValidationPanel';
import { addFixValidationOptions, type FixValidationOptions } from './options';

export const plugin = new PanelPlugin<FixValidationOptions>(FixValidationPanel).setPanelOptions(
  addFixValidationOptions
);
