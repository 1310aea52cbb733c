import React, { type ComponentType } from 'react';
import type { PanelProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import { componentOnDemand } from '../components/componentOnDemand';

/**
 * A panel component loaded on demand, so a nested panel's module.js stays small and its code lands in chunks the
 * app's pages share. The download starts when Grafana imports module.js (it does so just before rendering), and the
 * panel draws in its first render when the code is already there (no Suspense hold: componentOnDemand).
 */
export function lazyPanel<TOptions>(
  load: () => Promise<ComponentType<PanelProps<TOptions>>>,
  loadingText: string
): ComponentType<PanelProps<TOptions>> {
  const Panel = componentOnDemand(load, <LoadingPlaceholder text={loadingText} />);
  // A failed download is shown when the panel draws (thrown to Grafana's panel error boundary).
  Panel.preload().catch(() => undefined);
  return Panel;
}
