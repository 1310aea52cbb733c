export * from './types';
export { confidenceRateFell, ratePerDay, type EventCount } from './rateTest';
export { mannWhitneyLess, exactUCounts, type RankTestResult } from './rankTest';
export {
  DAY_MS,
  DEFAULT_WINDOW_MS,
  parseFixTime,
  parseWindowDuration,
  requestProblem,
  resolveWindows,
  wholeDays,
  type WindowRequest,
} from './windows';
export { dailyValues, dailyPeaks, dayIndex, type DayValues } from './dayValues';
export { findEpisodes, type Episode } from './episodes';
export { CONFIDENCE_REQUIRED, MIN_DAYS, judgeCounts, judgeNotWorse } from './verdictRules';
export { overallVerdict } from './overallVerdict';
export { fixSavings, priceWindows, type PricedWindows, type PricingOptions } from './savings';
export { findDefaultFixTime, type FixTimeCandidate, type FixTimeSearch } from './defaultFixTime';
export { namespaceCandidates, exactRegex } from './namespaces';
export { validateFix, restartsPerSecond, type FixValidationOptions } from './validateFix';
export { validationJson, type ValidationJson } from './validationJson';
export { PRELIMINARY_STEP_SECONDS, preliminaryStepSeconds, validationStepSeconds } from './validationStep';
export { criterionFigure, changeFigure, confidenceFigure } from './criterionFigures';
export { equalWindows } from './equalWindows';
