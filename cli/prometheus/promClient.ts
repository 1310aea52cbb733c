import { CliError } from '../cliError';
import {
  MAX_POINTS_PER_SERIES,
  joinPieces,
  splitRange,
  type PrometheusQueries,
  type PromSeries,
} from '../../src/fixValidation/fetch/prometheusQueries';
import { httpGet } from './httpGet';

// The API's shapes and limits are shared with the browser's client (fix validation runs in both).
export { MAX_POINTS_PER_SERIES, splitRange, type PromSeries };

interface PromResponse {
  status: 'success' | 'error';
  data?: {
    resultType: string;
    result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }>;
  };
  error?: string;
}

/** The plain HTTP API shared by Prometheus, Thanos and Mimir (a Mimir URL includes its /prometheus prefix). */
export class PromClient implements PrometheusQueries {
  constructor(private readonly baseUrl: string) {}

  private async get(path: string, params: Record<string, string>, what: string): Promise<PromResponse['data']> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}${path}?${new URLSearchParams(params)}`;
    let response: { status: number; text: string };
    try {
      response = await httpGet(url);
    } catch (e) {
      throw new CliError(
        `cannot reach Prometheus at ${this.baseUrl} (${e instanceof Error ? e.message : String(e)}); is it running, and is the URL right?`
      );
    }
    const text = response.text;
    let body: PromResponse;
    try {
      body = JSON.parse(text) as PromResponse;
    } catch {
      throw new CliError(
        `${this.baseUrl} answered HTTP ${response.status} for ${what} with something that is not the Prometheus API: ${text.slice(0, 200)}`
      );
    }
    if (response.status >= 300 || body.status !== 'success' || !body.data) {
      throw new CliError(`Prometheus refused ${what} (HTTP ${response.status}): ${body.error ?? 'no error message'}`);
    }
    return body.data;
  }

  /** Range query split so no request exceeds MAX_POINTS_PER_SERIES; pieces of a series are joined again. */
  async queryRange(expr: string, start: number, end: number, stepSeconds: number, what: string): Promise<PromSeries[]> {
    const pieces: PromSeries[][] = [];
    for (const [from, to] of splitRange(start, end, stepSeconds)) {
      const data = await this.get(
        '/api/v1/query_range',
        { query: expr, start: String(from), end: String(to), step: String(stepSeconds) },
        what
      );
      pieces.push((data?.result ?? []).map((r) => ({ metric: r.metric, values: r.values ?? [] })));
    }
    return joinPieces(pieces);
  }

  async queryInstant(
    expr: string,
    time: number,
    what: string
  ): Promise<Array<{ metric: Record<string, string>; value: string }>> {
    const data = await this.get('/api/v1/query', { query: expr, time: String(time) }, what);
    return (data?.result ?? []).map((r) => ({ metric: r.metric, value: r.value?.[1] ?? 'NaN' }));
  }
}
