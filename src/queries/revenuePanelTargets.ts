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
