import React from 'react';
import { renderTextPanelMarkdown, textUtil, type PanelProps } from '@grafana/data';

interface Options {
  mode?: 'markdown' | 'html' | 'code';
  content?: string;
}

// As Grafana's text panel: variables replaced, then Markdown rendered (or HTML sanitised) by @grafana/data.
function panelHtml({ mode = 'markdown', content = '' }: Options, replace: PanelProps['replaceVariables']): string {
  const text = replace(content, {}, (value: string | string[]) => (Array.isArray(value) ? value.join(', ') : value));
  if (mode === 'html') {
    return textUtil.sanitizeTextPanelContent(text);
  }
  if (mode === 'code') {
    return `<pre>${textUtil.escapeHtml(text)}</pre>`;
  }
  return renderTextPanelMarkdown(text);
}

/** Grafana's core "text" panel: content through @grafana/data's sanitising Markdown renderer. */
export function TextAdapter({ options, replaceVariables }: PanelProps<Options>) {
  const html = panelHtml(options, replaceVariables);
  // The HTML comes out of Grafana's own sanitiser, as in Grafana's text panel.
  return <div className="markdown-html" data-testid="host-text-panel" dangerouslySetInnerHTML={{ __html: html }} />;
}
