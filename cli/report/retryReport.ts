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

export interface InstantAt {
  render: RenderOptions;
  time: number;
  label: string;
}

/** An instant catalogue query, one value per service for each value of `tag` asked (all rows when no tag). */
export async function instantByTag(
  client: PromClient,
  queryId: string,
  at: InstantAt,
  tag?: { label: string; values: string[] }
): Promise<ServiceValue[][]> {
  const rows = await client.queryInstant(renderExpr(getQuery(queryId).expr, at.render), at.time, queryId);
  const valuesOf = (keep: (metric: Record<string, string>) => boolean) =>
    rows
      .filter((r) => keep(r.metric))
      .map((r) => ({ service: r.metric[at.label] ?? '(no label)', value: sampleNumber(r.value) ?? null }));
  return tag ? tag.values.map((v) => valuesOf((m) => m[tag.label] === v)) : [valuesOf(() => true)];
}

/** The refused-retries total per service, split by its `refused` reason label. */
export async function fetchRefusals(
  client: PromClient,
  at: InstantAt
): Promise<Pick<RetryAnswers, 'refusedByBudget' | 'refusedAtLimit'>> {
  const [refusedByBudget, refusedAtLimit] = await instantByTag(client, 'retryRefusedVolume', at, {
    label: 'refused',
    values: [REFUSED_BY_BUDGET, REFUSED_AT_LIMIT],
  });
  return { refusedByBudget, refusedAtLimit };
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
