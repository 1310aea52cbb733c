import { PanelBuilders, SceneGridItem, SceneGridLayout, SceneGridRow, type SceneObject } from '@grafana/scenes';
import {
  DASHBOARD_ROWS,
  DEFAULT_PROXY,
  entriesMissingInRow,
  noEquivalentReason,
  proxyProfile,
  queriesInRow,
  type ProxyId,
  type RowDefinition,
} from '../../queries';
import { cataloguePanel } from '../../panels/cataloguePanel';
import { panelGridPosition, rowHeight } from '../../panels/gridLayout';
import { verdictPanel } from '../../panels/verdicts/verdictPanels';

const LAYOUT_KEY_PREFIX = 'rows-';

function gridItem(key: string, index: number, top: number, body: SceneObject): SceneGridItem {
  const { x, y, w, h } = panelGridPosition(index, top);
  return new SceneGridItem({
    key,
    x,
    y,
    width: w,
    height: h,
    isResizable: false,
    isDraggable: false,
    body: body as never,
  });
}

// What the chosen proxy cannot show in this row, and why: an absent panel would look like a healthy one.
function notAvailablePanel(row: RowDefinition, proxy: ProxyId) {
  const lines = entriesMissingInRow(row.id, proxy).map((e) => `- **${e.title}**: ${noEquivalentReason(e.id, proxy)}`);
  return PanelBuilders.text()
    .setTitle(`Not available for ${proxyProfile(proxy).name}`)
    .setOption('mode', 'markdown' as never)
    .setOption('content', lines.join('\n'))
    .build();
}

function rowOfPanels(row: RowDefinition, top: number, proxy: ProxyId): SceneGridRow {
  const children = queriesInRow(row.id, proxy).map((query, index) =>
    gridItem(`panel-${query.id}`, index, top, cataloguePanel(query))
  );
  const verdicts = verdictPanel(row.id, proxy);
  if (verdicts) {
    children.push(gridItem(`panel-${row.id}-verdicts`, children.length, top, verdicts));
  }
  if (entriesMissingInRow(row.id, proxy).length > 0) {
    children.push(gridItem(`panel-${row.id}-not-available`, children.length, top, notAvailablePanel(row, proxy)));
  }
  return new SceneGridRow({ key: `row-${row.id}`, title: row.title, x: 0, y: top, isCollapsible: true, children });
}

/** The row groups of the Stream 2 dashboard, in the seed's order, as the chosen proxy's catalogue view. */
export function connectionHealthRows(proxy: ProxyId = DEFAULT_PROXY): SceneGridLayout {
  let top = 0;
  const rows = DASHBOARD_ROWS.map((row) => {
    const gridRow = rowOfPanels(row, top, proxy);
    top += rowHeight(gridRow.state.children.length);
    return gridRow;
  });
  return new SceneGridLayout({ key: `${LAYOUT_KEY_PREFIX}${proxy}`, isDraggable: false, isLazy: true, children: rows });
}

/** The proxy a layout built by connectionHealthRows shows. */
export function rowsProxy(layout: SceneGridLayout): string | undefined {
  const key = layout.state.key ?? '';
  return key.startsWith(LAYOUT_KEY_PREFIX) ? key.slice(LAYOUT_KEY_PREFIX.length) : undefined;
}
