import React, { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export type ComponentOnDemand<P> = ComponentType<P> & {
  /** Starts loading the code (once); resolves with the component. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * A component whose code loads on demand, drawn without React's Suspense. React holds back the content of a
 * Suspense boundary until 300 ms (React 19; 500 ms in React 18) after its fallback was shown, so a chunk that arrived
 * 20 ms later still showed its page or panel ~300 ms late, once per boundary on the way (measured in a CPU profile
 * of the Business impact page: the main thread idle for 290 ms between the ROI panel's data and its first render).
 * Here the fallback is plain state: the component draws in the first render after its code arrives, and at once when
 * the code is already there. A failed load is thrown from render, to the nearest error boundary, as React.lazy does.
 */
export function componentOnDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode
): ComponentOnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let failed: { error: unknown } | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        failed = { error };
        throw error;
      }
    );
    return loading;
  };

  function OnDemand(props: P) {
    const [, arrived] = useState(0);
    const Loaded = loaded;
    useEffect(() => {
      if (Loaded) {
        return undefined;
      }
      let mounted = true;
      const redraw = () => mounted && arrived((n) => n + 1);
      preload().then(redraw, redraw);
      return () => {
        mounted = false;
      };
    }, [Loaded]);
    if (failed) {
      throw failed.error;
    }
    return Loaded ? <Loaded {...props} /> : <>{fallback}</>;
  }
  return Object.assign(OnDemand, { preload });
}
