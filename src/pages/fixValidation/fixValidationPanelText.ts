import type { CriterionId } from '../../fixValidation/types';

// Plain data shared by the page and the bundled dashboard's generator (which runs in Node, without Scenes).

/** The catalogue panel that shows each criterion over time (the verdict table's rows, in the same order). */
export const CRITERION_CHARTS: Record<CriterionId, string> = {
  restarts: 'podRestartRate',
  rxReset: 'rxResetRate',
  remoteCloseRatio: 'remoteCloseWithActiveRqRatio',
  bursts: 'upstream5xxRatio',
  fivexxVolume: 'upstream5xxDailyRate',
  retrySuccess: 'retrySuccessRatio',
  p99: 'upstreamLatencyP99',
  keepAliveCycling: 'keepaliveCyclingRate',
  pendingOverflow: 'pendingOverflowRate',
};

export const VERDICT_PANEL_TITLE = 'Did the fix work, and what has it returned?';

export const VERDICT_PANEL_DESCRIPTION =
  'Seed 000’s success criteria before and after the fix: each met, not met or insufficient data, with the confidence of an exact rate test (counts) or a rank test of days; validated only when every primary criterion is met and no guard got worse. Savings price both windows with the ROI panel’s model. Bad: not-validated (read the criteria that were not met). Next: the charts below, and the Stream 2 page around the fix.';
