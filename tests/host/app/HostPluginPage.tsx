import React from 'react';
import type { PluginPageProps } from '@grafana/runtime';
import { Stack, Text } from '@grafana/ui';

/** Grafana's page chrome for a plugin page, reduced to the title, subtitle, actions and body. */
export function HostPluginPage({ pageNav, subTitle, actions, children, renderTitle }: PluginPageProps) {
  const title = pageNav?.text ?? '';
  return (
    <main style={{ padding: 16 }}>
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        {renderTitle ? renderTitle(title) : <h1>{title}</h1>}
        {actions}
      </Stack>
      {subTitle && <Text color="secondary">{subTitle}</Text>}
      <div style={{ marginTop: 16 }}>{children}</div>
    </main>
  );
}
