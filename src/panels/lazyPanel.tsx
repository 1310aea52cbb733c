import React, { Suspense, lazy, type ComponentType } from 'react';
import type { PanelProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';

/**
 * A panel component loaded on demand, so a nested panel's module.js stays small and its code lands in chunks the
 * app's pages share. The download starts when Grafana imports module.js (it does so just before rendering).
 */
export function lazyPanel<TOptions>(
  load: () => Promise<ComponentType<PanelProps<TOptions>>>,
  loadingText: string
): ComponentType<PanelProps<TOptions>> {
  const component = load().then((Panel) => ({ default: Panel }));
  const Panel = lazy(() => component);
  const LazyPanel = (props: PanelProps<TOptions>) => (
    <Suspense fallback={<LoadingPlaceholder text={loadingText} />}>
      <Panel {...props} />
    </Suspense>
  );
  return LazyPanel;
}
