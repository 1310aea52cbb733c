import React, { useEffect, useState, type ReactNode } from 'react';
import { GlobalStyles } from '@grafana/ui';

// The faces @grafana/ui's global styles declare and Grafana's pages use.
const FONTS = ['400 14px Inter', '500 14px Inter', '400 12px "Roboto Mono"'];

/**
 * @grafana/ui's GlobalStyles (Grafana's own page CSS and @font-face rules), and the page only once the fonts have
 * loaded: uPlot draws axis text on a canvas once, so a late font would leave graphs in the fallback font.
 */
export function GrafanaGlobalStyles({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    Promise.all(FONTS.map((font) => document.fonts.load(font)))
      .catch(() => undefined)
      .then(() => setReady(true));
  }, []);
  return (
    <>
      <GlobalStyles />
      {ready ? children : null}
    </>
  );
}
