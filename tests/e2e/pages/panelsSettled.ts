import { expect, type Page } from '@playwright/test';

/**
 * No panel in the window is loading: @grafana/ui's PanelChrome shows its loading bar while a query runs. Panels
 * below the fold wait for the grid's lazy loader (and keep the bar), so only those in view count.
 */
export async function panelsSettled(page: Page): Promise<void> {
  const bars = page.getByRole('status', { name: 'Panel loading bar' });
  await expect
    .poll(() =>
      bars.evaluateAll(
        (elements) =>
          elements.filter((el) => {
            const box = el.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          }).length
      )
    )
    .toBe(0);
}
