import { burstStepSeconds } from '../impact/queryStep';

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

export interface RevenuePanelResolution {
  /** What a SceneQueryRunner (or a layer's request) is given: a point budget and the step as its floor. */
  maxDataPoints: number;
  minInterval: string;
  stepSeconds: number;
}

/**
 * The ROI panel's resolution for a range: half the minimum burst duration (150 s) where Prometheus's 11,000-point
 * limit allows (up to ~19 days), else the finest step Grafana's interval rounding keeps within it (5 minutes at 30
 * days). maxDataPoints is twice the step's points: range ÷ maxDataPoints is then half the step, which Grafana rounds
 * below the step and so sends the step itself (at exactly the step, Grafana's backend rounds 150 s down to 120 s).
 */
export function revenuePanelResolution(rangeSeconds: number): RevenuePanelResolution {
  const stepSeconds = burstStepSeconds(rangeSeconds);
  return {
    maxDataPoints: 2 * Math.max(1, Math.ceil(rangeSeconds / stepSeconds)),
    minInterval: `${stepSeconds}s`,
    stepSeconds,
  };
}

// The resolution at 30 days (revenuePanelResolution's 5-minute step), kept for readers written against the former
// fixed resolution (fix validation's searchStepSeconds); other ranges: revenuePanelResolution.
export const REVENUE_PANEL_MAX_DATA_POINTS = 8640;
export const REVENUE_PANEL_MIN_INTERVAL = '5m';
