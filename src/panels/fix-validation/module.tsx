import { PanelPlugin } from '@grafana/data';
import { lazyPanel } from '../lazyPanel';
import { loadChunksFromAppFolder } from '../nestedPanelChunks';
import { addFixValidationOptions, type FixValidationOptions } from './options';

loadChunksFromAppFolder();

const FixValidationPanel = lazyPanel<FixValidationOptions>(
  () => import('./FixValidationPanel').then((m) => m.FixValidationPanel),
  'Loading fix validation…'
);

export const plugin = new PanelPlugin<FixValidationOptions>(FixValidationPanel).setPanelOptions(
  addFixValidationOptions
);
