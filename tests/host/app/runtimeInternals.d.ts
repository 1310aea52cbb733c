// @grafana/runtime does not export setPluginPage from its index; the host's webpack alias reaches the file.
declare module '@grafana/runtime/PluginPage' {
  import type { PluginPageType } from '@grafana/runtime';
  export function setPluginPage(component: PluginPageType): void;
}
