// @grafana/runtime does not export these setters from its index; the host's webpack aliases reach the files.
declare module '@grafana/runtime/PluginPage' {
  import type { PluginPageType } from '@grafana/runtime';
  export function setPluginPage(component: PluginPageType): void;
}

declare module '@grafana/runtime/PanelDataErrorView' {
  import type { ComponentType } from 'react';
  export function setPanelDataErrorView(
    component: ComponentType<import('@grafana/runtime').PanelDataErrorViewProps>
  ): void;
}
