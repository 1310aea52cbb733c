import {
  retryAmplification,
  retryFigures,
  sampleNumber,
  type InputSeries,
  type Measured,
  type RetryFigure,
  type ServiceValue,
  type Span,
} from '../../src/impact';
import { getQuery, renderExpr, type RenderOptions } from '../../src/queries';
import { REFUSED_AT_LIMIT, REFUSED_BY_BUDGET } from '../../src/queries/rows/retries';
import type { PromClient } from '../prometheus/promClient';

/** What Prometheus answered for the retry table, before the engine computes it. */
export interface RetryAnswers {
  retries: ServiceValue[];
  successRatio: ServiceValue[];
  meshFiveXxRatio: ServiceValue[];
  userFiveXxRatio: ServiceValue[];
  refusedByBudget: ServiceValue[];
  refusedAtLimit: ServiceValue[];
  /** Retries per second over the range, one series per service (unix ms). */
  retryRate: InputSeries[];
}

const NO_EDGE =
  'no downstream metrics (envoy_http_downstream_rq_xx) in this range: what users got is unavailable; only the worst case is shown';
const NO_REFUSALS = (metric: string) => `${metric} is not scraped in this range`;

/** The refused-retries total per service, split by its `refused` reason label. */
export async function fetchRefusals(
  client: PromClient,
  render: RenderOptions,
  time: number,
  label: string
): Promise<Pick<RetryAnswers, 'refusedByBudget' | 'refusedAtLimit'>> {
  const rows = await client.queryInstant(
    renderExpr(getQuery('retryRefusedVolume').expr, render),
    time,
    'retryRefusedVolume'
  );
  const of = (reason: string) =>
    rows
      .filter((r) => r.metric.refused === reason)
      .map((r) => ({ service: r.metric[label] ?? '(no label)', value: sampleNumber(r.value) ?? null }));
  return { refusedByBudget: of(REFUSED_BY_BUDGET), refusedAtLimit: of(REFUSED_AT_LIMIT) };
}

// An empty answer for the whole fleet is a metric nobody scrapes: said once, for every service.
const measuredOrNot = (values: ServiceValue[], reason: string): Measured =>
  values.length ? { values } : { unavailable: reason };

/** The retry table from the answers, the request series the impact engine read and the bursts it found. */
export function retryTable(answers: RetryAnswers, requests: InputSeries[], bursts: Span[]): RetryFigure[] {
  return retryFigures({
    retries: answers.retries,
    successRatio: answers.successRatio,
    meshFiveXxRatio: answers.meshFiveXxRatio,
    userFiveXxRatio: measuredOrNot(answers.userFiveXxRatio, NO_EDGE),
    refusedByBudget: measuredOrNot(answers.refusedByBudget, NO_REFUSALS('envoy_cluster_upstream_rq_retry_overflow')),
    refusedAtLimit: measuredOrNot(
      answers.refusedAtLimit,
      NO_REFUSALS('envoy_cluster_upstream_rq_retry_limit_exceeded')
    ),
    amplification: retryAmplification(requests, answers.retryRate, bursts),
  });
}
