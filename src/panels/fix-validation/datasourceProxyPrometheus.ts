import { getBackendSrv, getDataSourceSrv } from '@grafana/runtime';
import {
  joinPieces,
  splitRange,
  type PrometheusQueries,
  type PromInstantSample,
  type PromSeries,
} from '../../fixValidation/fetch';

interface PromAnswer<T> {
  status?: 'success' | 'error';
  data?: { result?: T };
  error?: string;
  message?: string;
}

/** Thrown when the caller stopped waiting (a newer fix time, a closed page): not a problem to show. */
export class ValidationCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The uid of a Prometheus-compatible datasource named by uid, name or a variable already interpolated. */
export function prometheusUid(reference: string): string | undefined {
  const settings = getDataSourceSrv().getInstanceSettings(reference || null);
  return settings && settings.type.includes('prometheus') ? settings.uid : undefined;
}

function answerProblem(e: unknown, what: string): Error {
  const failed = (e ?? {}) as { status?: number; data?: PromAnswer<unknown>; message?: string };
  const why = failed.data?.error ?? failed.data?.message ?? failed.message ?? String(e);
  return new Error(`Prometheus refused ${what}${failed.status ? ` (HTTP ${failed.status})` : ''}: ${why}`);
}

/**
 * Prometheus's HTTP API through Grafana's datasource proxy (GET, the method Grafana allows for Prometheus): the
 * requests `connhealth validate` sends, with the viewer's own datasource permissions.
 */
export class DatasourceProxyPrometheus implements PrometheusQueries {
  constructor(
    private readonly uid: string,
    private readonly signal?: AbortSignal
  ) {}

  private get<T>(path: string, params: Record<string, string>, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.signal?.aborted) {
        reject(new ValidationCancelled());
        return;
      }
      const subscription = getBackendSrv()
        .fetch<PromAnswer<T>>({
          url: `/api/datasources/proxy/uid/${encodeURIComponent(this.uid)}/api/v1/${path}`,
          method: 'GET',
          params,
          showErrorAlert: false,
          showSuccessAlert: false,
        })
        .subscribe({
          next: (response) => {
            const body = response.data;
            if (body?.status === 'success' && body.data?.result !== undefined) {
              resolve(body.data.result);
            } else {
              reject(answerProblem({ status: response.status, data: body }, what));
            }
          },
          error: (e: unknown) => reject(answerProblem(e, what)),
        });
      this.signal?.addEventListener('abort', () => {
        subscription.unsubscribe();
        reject(new ValidationCancelled());
      });
    });
  }

  async queryRange(expr: string, start: number, end: number, stepSeconds: number, what: string): Promise<PromSeries[]> {
    const pieces = await Promise.all(
      splitRange(start, end, stepSeconds).map(([from, to]) =>
        this.get<PromSeries[]>(
          'query_range',
          { query: expr, start: String(from), end: String(to), step: String(stepSeconds) },
          what
        )
      )
    );
    return joinPieces(pieces);
  }

  async queryInstant(expr: string, time: number, what: string): Promise<PromInstantSample[]> {
    const rows = await this.get<Array<{ metric: Record<string, string>; value?: [number, string] }>>(
      'query',
      { query: expr, time: String(time) },
      what
    );
    return rows.map((r) => ({ metric: r.metric, value: r.value?.[1] ?? 'NaN' }));
  }
}
