import { readFileSync } from 'node:fs';

interface PluginSettings {
  id: string;
  type: string;
  name: string;
  enabled: boolean;
  pinned: boolean;
  jsonData: Record<string, unknown>;
  info: unknown;
  includes: unknown;
}

/** Grafana's per-plugin settings (GET/POST /api/plugins/<id>/settings), in memory, reset between tests. */
export class SettingsStore {
  private readonly manifest: { id: string; type: string; name: string; info: unknown; includes: unknown };
  private current: PluginSettings;

  constructor(pluginJsonPath: string) {
    this.manifest = JSON.parse(readFileSync(pluginJsonPath, 'utf8'));
    this.current = this.initial();
  }

  get(pluginId: string): PluginSettings {
    return pluginId === this.manifest.id ? this.current : { ...this.initial(), id: pluginId, jsonData: {} };
  }

  update(pluginId: string, body: Partial<PluginSettings>): PluginSettings {
    if (pluginId === this.manifest.id) {
      this.current = { ...this.current, ...body, jsonData: { ...(body.jsonData ?? this.current.jsonData) } };
    }
    return this.get(pluginId);
  }

  reset(): void {
    this.current = this.initial();
  }

  private initial(): PluginSettings {
    const { id, type, name, info, includes } = this.manifest;
    return { id, type, name, info, includes, enabled: true, pinned: true, jsonData: {} };
  }
}
