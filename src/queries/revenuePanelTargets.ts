// The queries the ROI panel (sre-revenueimpact-panel) reads, by refId: the Scenes page and the bundled
// JSON dashboards both build its targets from this list, so the panel finds the same frames everywhere.
export const REVENUE_PANEL_TARGETS = [
  { refId: 'errors', queryId: 'upstream5xxRate' },
  { refId: 'requests', queryId: 'upstreamRequestRate' },
  { refId: 'rxReset', queryId: 'rxResetRate' },
  { refId: 'remoteCloseRatio', queryId: 'remoteCloseWithActiveRqRatio' },
  { refId: 'closeWait', queryId: 'closeWaitSockets' },
  { refId: 'pages', queryId: 'downstreamPageRate' },
] as const;

export type RevenuePanelRefId = (typeof REVENUE_PANEL_TARGETS)[number]['refId'];

// 30 days at 5-minute steps (8,640 points) keeps 30-minute bursts sharp; default resolution smears them into ~40-minute steps.
export const REVENUE_PANEL_MAX_DATA_POINTS = 8640;
export const REVENUE_PANEL_MIN_INTERVAL = '1m';
