import { detectBursts, type Burst } from '../../impact';
import { burstStepSeconds } from '../../impact/queryStep';
import { REVENUE_PANEL_TARGETS } from '../../queries';
import { findDefaultFixTime, type FixTimeCandidate } from '../defaultFixTime';
import type { Deployment } from '../types';
import {
  fetchDeployments,
  fetchRevenueTargets,
  namespaceRegexFor,
  type ValidationQuery,
} from './fetchValidationSeries';
import type { PrometheusQueries } from './prometheusQueries';

export interface FixTimeSearchRequest {
  serviceLabel: string;
  services: string;
  namespaces?: string;
  /** Unix ms of the range searched. */
  from: number;
  to: number;
}

export interface FixTimeSearchResult {
  candidate?: FixTimeCandidate;
  deployments: Deployment[];
  bursts: Burst[];
}

const BURST_INPUTS = REVENUE_PANEL_TARGETS.filter((t) => t.refId === 'errors' || t.refId === 'requests');

// The ROI panel's step for the range: the bursts counted are the ones the Business impact page shows for it.
export function searchStepSeconds(spanSeconds: number): number {
  return burstStepSeconds(spanSeconds);
}

/** The default fix time of the page and the panel: the rollout in the range after which bursts fell most clearly. */
export async function findFixTime(api: PrometheusQueries, r: FixTimeSearchRequest): Promise<FixTimeSearchResult> {
  const start = Math.floor(r.from / 1000);
  const end = Math.floor(r.to / 1000);
  const q: ValidationQuery = { ...r, stepSeconds: searchStepSeconds(end - start), start, end };
  const series = await fetchRevenueTargets(api, q, BURST_INPUTS);
  const deployments = await fetchDeployments(api, q, namespaceRegexFor(q, series));
  const bursts = detectBursts(series);
  const candidate = findDefaultFixTime(deployments, bursts, { dataFrom: r.from, dataTo: r.to });
  return { candidate, deployments, bursts };
}
