import { SceneGridItem, SceneGridLayout, SceneGridRow } from '@grafana/scenes';
import { DASHBOARD_ROWS, queriesInRow, type RowDefinition } from '../../queries';
import { cataloguePanel } from '../../panels/cataloguePanel';
import { panelGridPosition, rowHeight } from '../../panels/gridLayout';

function rowOfPanels(row: RowDefinition, top: number): SceneGridRow {
  const children = queriesInRow(row.id).map((query, index) => {
    const { x, y, w, h } = panelGridPosition(index, top);
    return new SceneGridItem({
      key: `panel-${query.id}`,
      x,
      y,
      width: w,
      height: h,
      isResizable: false,
      isDraggable: false,
      body: cataloguePanel(query),
    });
  });
  return new SceneGridRow({ key: `row-${row.id}`, title: row.title, x: 0, y: top, isCollapsible: true, children });
}

/** The seven row groups of the Stream 2 dashboard, in the seed's order. */
export function connectionHealthRows(): SceneGridLayout {
  let top = 0;
  const rows = DASHBOARD_ROWS.map((row) => {
    const gridRow = rowOfPanels(row, top);
    top += rowHeight(gridRow.state.children.length);
    return gridRow;
  });
  return new SceneGridLayout({ isDraggable: false, isLazy: true, children: rows });
}
