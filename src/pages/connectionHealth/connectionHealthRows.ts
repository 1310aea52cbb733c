import { SceneGridItem, SceneGridLayout, SceneGridRow } from '@grafana/scenes';
import { DASHBOARD_ROWS, queriesInRow, type RowDefinition } from '../../queries';
import { cataloguePanel } from '../../panels/cataloguePanel';

const PANEL_WIDTH = 8;
const PANEL_HEIGHT = 8;
const GRID_COLUMNS = 24;

function rowOfPanels(row: RowDefinition, top: number): SceneGridRow {
  const children = queriesInRow(row.id).map((query, index) => {
    const perLine = GRID_COLUMNS / PANEL_WIDTH;
    return new SceneGridItem({
      key: `panel-${query.id}`,
      x: (index % perLine) * PANEL_WIDTH,
      y: top + 1 + Math.floor(index / perLine) * PANEL_HEIGHT,
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
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
    const lines = Math.ceil(gridRow.state.children.length / (GRID_COLUMNS / PANEL_WIDTH));
    top += 1 + lines * PANEL_HEIGHT;
    return gridRow;
  });
  return new SceneGridLayout({ isDraggable: false, isLazy: true, children: rows });
}
