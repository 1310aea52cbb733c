type Factory = (...deps: unknown[]) => unknown;

interface Definition {
  deps: string[];
  factory: Factory;
}

declare global {
  interface Window {
    define?: (deps: string[], factory: Factory) => void;
  }
}

let lastDefinition: Definition | undefined;
let queue: Promise<unknown> = Promise.resolve();

function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${url}`));
    document.head.appendChild(script);
  });
}

/** Makes `define([...], factory)` from a plugin bundle resolve Grafana's shared modules, like Grafana's loader. */
export function installAmdDefine(): void {
  window.define = (deps, factory) => {
    lastDefinition = { deps, factory };
  };
}

// Scripts are loaded one at a time so each anonymous define() belongs to the script that just ran.
export function loadAmdModule<T>(url: string, shared: Record<string, unknown>): Promise<T> {
  const load = queue.then(async () => {
    lastDefinition = undefined;
    await loadScript(url);
    const definition = lastDefinition as Definition | undefined;
    if (!definition) {
      throw new Error(`${url} did not call define()`);
    }
    const deps = definition.deps.map((name) => {
      if (name === 'module') {
        return { uri: url };
      }
      if (!(name in shared)) {
        throw new Error(`${url} needs "${name}", which Grafana shares but the test host does not provide`);
      }
      return shared[name];
    });
    return definition.factory(...deps) as T;
  });
  queue = load.catch(() => undefined);
  return load;
}
