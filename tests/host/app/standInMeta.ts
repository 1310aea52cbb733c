import type { PluginMeta } from '@grafana/data';

/** The plugin metadata Grafana would read from a plugin.json, for plugins the host stands in for. */
export function standInMeta(id: string, name: string, type: PluginMeta['type']) {
  return {
    id,
    name,
    type,
    module: '',
    baseUrl: '',
    info: {
      author: { name: 'test host' },
      description: `Test host stand-in for Grafana's ${name}`,
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      updated: '',
      version: '',
    },
  };
}
