// The page reloads after a save (Grafana caches plugin settings until then); this carries "saved" across it.
const KEY = 'sre-connectionhealth-app:settings-saved';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled; the reload still applies the settings, only the notice is lost.
    return undefined;
  }
}

export function rememberSaved(): void {
  storage()?.setItem(KEY, '1');
}

/** Whether this page load follows a save (read during render; forgotten once the page has shown it). */
export function justSaved(): boolean {
  return storage()?.getItem(KEY) === '1';
}

export function forgetSaved(): void {
  storage()?.removeItem(KEY);
}
