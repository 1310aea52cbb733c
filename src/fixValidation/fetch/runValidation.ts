import type { Assumptions } from '../../impact';
import type { FixValidation } from '../types';
import { validateFix } from '../validateFix';
import { validationStepSeconds } from '../validationStep';
import { requestProblem, resolveWindows } from '../windows';
import { fetchLiveSeries, fetchValidationSeries, type ValidationQuery } from './fetchValidationSeries';
import type { PrometheusQueries } from './prometheusQueries';
import { dataExtent, selectionProblem } from './selectionProblem';

export interface ValidationRequest {
  /** Unix ms. */
  fixAt: number;
  beforeMs: number;
  afterMs: number;
  serviceLabel: string;
  /** The label on database exporter targets naming the owning service; the service label when absent. */
  databaseServiceLabel?: string;
  /** A regex over the service label's values. */
  services: string;
  /** A namespace regex for restarts and rollouts; by default the names the services point at. */
  namespaces?: string;
  assumptions: Assumptions;
  frontendService?: string;
  /** Unix ms: windows never reach past it. */
  now: number;
  /** The range queries' step; by default the fine step for the span (a preliminary pass asks for a coarser one). */
  stepSeconds?: number;
}

/** Unix seconds of the whole span both windows ask for, clipped to now. */
export function validationSpan(r: Pick<ValidationRequest, 'fixAt' | 'beforeMs' | 'afterMs' | 'now'>): {
  start: number;
  end: number;
} {
  return {
    start: Math.floor((r.fixAt - r.beforeMs) / 1000),
    end: Math.floor(Math.min(r.fixAt + r.afterMs, r.now) / 1000),
  };
}

export type ValidationRun = { validation: FixValidation; query: ValidationQuery } | { problem: string };

/**
 * `connhealth validate`, the Fix validation page and its panel, from the request to the verdict: the same queries
 * at the same step, the same clipping of the windows, the same one-line problems instead of a verdict on missing data.
 */
export async function runValidation(api: PrometheusQueries, r: ValidationRequest): Promise<ValidationRun> {
  const early = requestProblem(r);
  if (early) {
    return { problem: early };
  }
  const { start, end } = validationSpan(r);
  const query: ValidationQuery = {
    serviceLabel: r.serviceLabel,
    databaseServiceLabel: r.databaseServiceLabel,
    services: r.services,
    namespaces: r.namespaces,
    stepSeconds: r.stepSeconds ?? validationStepSeconds(end - start),
    start,
    end,
  };
  const live = await fetchLiveSeries(api, query);
  const problem = await selectionProblem(api, query, live);
  if (problem) {
    return { problem };
  }
  const resolved = resolveWindows({ ...r, ...dataExtent(live) });
  if ('problem' in resolved) {
    return { problem: resolved.problem };
  }
  const series = await fetchValidationSeries(api, query, live, resolved.windows);
  const validation = validateFix(series, resolved.windows, {
    stepSeconds: query.stepSeconds,
    assumptions: r.assumptions,
    frontendService: r.frontendService,
  });
  return { validation, query };
}
