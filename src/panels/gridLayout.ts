// Three panels a line under each row header, as on the Scenes page and in the bundled dashboards.
export const PANEL_WIDTH = 8;
export const PANEL_HEIGHT = 8;
export const GRID_COLUMNS = 24;
const PER_LINE = GRID_COLUMNS / PANEL_WIDTH;

export interface GridPosition {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the index-th panel of a row goes, for a row header at `rowTop`. */
export function panelGridPosition(index: number, rowTop: number): GridPosition {
  return {
    x: (index % PER_LINE) * PANEL_WIDTH,
    y: rowTop + 1 + Math.floor(index / PER_LINE) * PANEL_HEIGHT,
    w: PANEL_WIDTH,
    h: PANEL_HEIGHT,
  };
}

/** Grid units a row takes: its header plus its lines of panels. */
export function rowHeight(panelCount: number): number {
  return 1 + Math.ceil(panelCount / PER_LINE) * PANEL_HEIGHT;
}
