import { PanelBuilders, SceneGridItem, SceneGridRow, VizPanel, sceneGraph, type SceneObject } from '@grafana/scenes';
import type { RowId } from '../../queries';
import { catalogueQueryOf } from '../../panels/catalogueQueryRunner';
import { panelGridPosition } from '../../panels/gridLayout';

// Rows whose panels come from optional exporters: a datasource without one shows a line, not a wall of empty panels.
const COLLAPSING_ROWS: RowId[] = ['database'];
const originals = new WeakMap<SceneGridRow, SceneGridItem[]>();

function absentProviderOf(item: SceneGridItem, names: Set<string>): string | undefined {
  const body = item.state.body;
  const query = body instanceof VizPanel ? catalogueQueryOf(body.state.$data) : undefined;
  return query && query.metrics.every((m) => !names.has(m)) ? query.provider : undefined;
}

function notScrapedPanel(rowId: RowId, absent: Map<string, string[]>): SceneGridItem {
  const lines = [...absent].map(([provider, titles]) => `- **Not scraped**: ${provider} — ${titles.join(', ')}.`);
  return new SceneGridItem({
    key: `panel-${rowId}-not-scraped`,
    ...{ x: 0, y: 0, width: 8, height: 8 },
    isResizable: false,
    isDraggable: false,
    body: PanelBuilders.text()
      .setTitle('Exporters not scraped here')
      .setOption('mode', 'markdown' as never)
      .setOption('content', lines.join('\n'))
      .build(),
  });
}

function collapseRow(row: SceneGridRow, rowId: RowId, names: Set<string>): void {
  const all = originals.get(row) ?? row.state.children.filter((c): c is SceneGridItem => c instanceof SceneGridItem);
  originals.set(row, all);
  const absent = new Map<string, string[]>();
  const shown = all.filter((item) => {
    const provider = absentProviderOf(item, names);
    if (provider) {
      const title = (item.state.body as VizPanel).state.title;
      absent.set(provider, [...(absent.get(provider) ?? []), title]);
    }
    return !provider;
  });
  const children = absent.size ? [...shown, notScrapedPanel(rowId, absent)] : all;
  const top = row.state.y ?? 0;
  children.forEach((item, index) => {
    const { x, y } = panelGridPosition(index, top);
    if (item.state.x !== x || item.state.y !== y) {
      item.setState({ x, y });
    }
  });
  row.setState({ children });
}

/** Panels of an exporter the datasource does not have collapse to one line naming the exporter and its flag. */
export function collapseAbsentExporters(scene: SceneObject, names: Set<string>): void {
  // No names at all is no evidence (an empty range, or a datasource that lists none): every panel keeps its own text.
  if (names.size === 0) {
    return;
  }
  for (const rowId of COLLAPSING_ROWS) {
    const row = sceneGraph.findObject(scene, (o) => o instanceof SceneGridRow && o.state.key === `row-${rowId}`);
    if (row instanceof SceneGridRow) {
      collapseRow(row, rowId, names);
    }
  }
}
