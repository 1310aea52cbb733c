// The queries the ROI panel (sre-revenueimpact-panel) reads, by refId: the Scenes page and the bundled
// JSON dashboards both build its targets from this list, so the panel finds the same frames everywhere.
export const REVENUE_PANEL_TARGETS = [
  { refId: 'errors', queryId: 'upstream5xxRate' },
  { refId: 'requests', queryId: 'upstreamRequestRate' },
  { refId: 'rxReset', queryId: 'rxResetRate' },
  { refId: 'remoteCloseRatio', queryId: 'remoteCloseWithActiveRqRatio' },
  { refId: 'closeWait', queryId: 'closeWaitSockets' },
  { refId: 'pages', queryId: 'downstreamPageRate' },
  { refId: 'userErrors', queryId: 'downstream5xxRate' },
] as const;

export type RevenuePanelRefId = (typeof REVENUE_PANEL_TARGETS)[number]['refId'];

// A 5-minute step for any range up to 30 days (8,640 points), coarser beyond: the burst detector's shortest burst is
// 5 minutes, so finer steps add points, not bursts; default resolution would smear 30-minute bursts into ~40-minute
// steps. At 5 minutes the recording rules' 5-minute rates answer exactly what the raw queries would.
export const REVENUE_PANEL_MAX_DATA_POINTS = 8640;
export const REVENUE_PANEL_MIN_INTERVAL = '5m';
