import {
  DataSourceApi,
  type DataQuery,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type MetricFindValue,
  type ScopedVars,
  type TimeRange,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { Observable } from 'rxjs';
import { inDataRequestSlot } from './dataRequestQueue';
import { framesFromResult, type PromSeries } from './prometheusFrames';
import { interpolatePromValue } from './promInterpolation';

export interface PromQuery extends DataQuery {
  expr: string;
  legendFormat?: string;
  instant?: boolean;
  range?: boolean;
  format?: string;
}

const SCRAPE_INTERVAL_S = 15;
const LABEL_VALUES = /^label_values\((?:(.+),\s*)?([a-zA-Z_][a-zA-Z0-9_]*)\)\s*$/;

// Grafana's Prometheus datasource computes these itself; the stand-in does the same simple version.
function rangeVars(range: TimeRange, intervalMs: number): ScopedVars {
  const rangeS = Math.max(1, Math.round((range.to.valueOf() - range.from.valueOf()) / 1000));
  const intervalS = Math.max(SCRAPE_INTERVAL_S, Math.round(intervalMs / 1000));
  const rateS = Math.max(intervalS + SCRAPE_INTERVAL_S, 4 * SCRAPE_INTERVAL_S);
  return {
    __range: { text: `${rangeS}s`, value: `${rangeS}s` },
    __range_s: { text: `${rangeS}`, value: rangeS },
    __rate_interval: { text: `${rateS}s`, value: `${rateS}s` },
  };
}

/** A stand-in for Grafana's Prometheus datasource: real HTTP to a real Prometheus through the host's proxy. */
export class PrometheusStandIn extends DataSourceApi<PromQuery> {
  constructor(instanceSettings: DataSourceInstanceSettings) {
    super(instanceSettings);
  }

  /** Like Grafana's: one data request a panel (its targets inside it), queued with the others, cancelled on unsubscribe. */
  query(request: DataQueryRequest<PromQuery>): Observable<DataQueryResponse> {
    return new Observable<DataQueryResponse>((subscriber) => {
      const controller = new AbortController();
      inDataRequestSlot(controller.signal, () => this.answer(request, controller.signal)).then(
        (response) => {
          subscriber.next(response);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error)
      );
      return () => controller.abort();
    });
  }

  private async answer(request: DataQueryRequest<PromQuery>, signal: AbortSignal): Promise<DataQueryResponse> {
    const scopedVars = { ...request.scopedVars, ...rangeVars(request.range, request.intervalMs) };
    const data = await Promise.all(
      request.targets
        .filter((target) => !target.hide && target.expr)
        .map(async (target) => {
          const expr = getTemplateSrv().replace(target.expr, scopedVars, interpolatePromValue);
          const legendFormat = getTemplateSrv().replace(target.legendFormat ?? '', scopedVars);
          const result = target.instant
            ? await this.instant(expr, request.range, signal)
            : await this.range(expr, request, signal);
          return framesFromResult(result, { refId: target.refId, legendFormat, format: target.format });
        })
    );
    return { data: data.flat() };
  }

  async metricFindQuery(
    query: { query?: string } | string,
    options?: { range?: TimeRange; scopedVars?: ScopedVars }
  ): Promise<MetricFindValue[]> {
    const raw = typeof query === 'string' ? query : (query.query ?? '');
    const expr = getTemplateSrv().replace(raw, options?.scopedVars ?? {}, interpolatePromValue);
    const match = expr.match(LABEL_VALUES);
    if (!match) {
      throw new Error(`The test host's Prometheus stand-in only answers label_values(...), not: ${expr}`);
    }
    const params = new URLSearchParams();
    if (match[1]) {
      params.set('match[]', match[1]);
    }
    if (options?.range) {
      params.set('start', String(Math.floor(options.range.from.valueOf() / 1000)));
      params.set('end', String(Math.ceil(options.range.to.valueOf() / 1000)));
    }
    const values = await this.get<string[]>(`api/v1/label/${match[2]}/values`, params);
    return values.map((text) => ({ text, value: text }));
  }

  async testDatasource() {
    await this.get('api/v1/status/buildinfo', new URLSearchParams());
    return { status: 'success', message: 'Prometheus answered' };
  }

  private async instant(expr: string, range: TimeRange, signal: AbortSignal): Promise<PromSeries[]> {
    const params = new URLSearchParams({ query: expr, time: String(Math.floor(range.to.valueOf() / 1000)) });
    return (await this.get<{ result: PromSeries[] }>('api/v1/query', params, signal)).result;
  }

  private async range(expr: string, request: DataQueryRequest<PromQuery>, signal: AbortSignal): Promise<PromSeries[]> {
    const from = Math.floor(request.range.from.valueOf() / 1000);
    const to = Math.ceil(request.range.to.valueOf() / 1000);
    const byPoints = Math.ceil((to - from) / (request.maxDataPoints || 1000));
    const step = Math.max(SCRAPE_INTERVAL_S, Math.round(request.intervalMs / 1000), byPoints);
    const params = new URLSearchParams({
      query: expr,
      start: String(from - (from % step)),
      end: String(to - (to % step)),
      // Seconds, as Grafana's backend sends it: secondsToHms would turn 150 s into "2m".
      step: `${step}s`,
    });
    return (await this.get<{ result: PromSeries[] }>('api/v1/query_range', params, signal)).result;
  }

  private async get<T>(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<T> {
    const response = await fetch(`/api/datasources/proxy/uid/${this.uid}/${path}?${params}`, { signal });
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok || body.status !== 'success') {
      throw new Error(`Prometheus: ${body.error ?? body.message ?? response.statusText}`);
    }
    return body.data as T;
  }
}
