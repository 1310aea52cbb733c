// Panel options shared by the Scenes panels and the bundled JSON dashboards, so both look the same.
export const TIMESERIES_LEGEND = { showLegend: true, displayMode: 'list', placement: 'bottom' } as const;
export const THRESHOLDS_STYLE = { mode: 'dashed' } as const;
export const BARGAUGE_DISPLAY = { displayMode: 'basic', orientation: 'horizontal' } as const;
