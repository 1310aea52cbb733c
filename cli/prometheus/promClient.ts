import { CliError } from '../cliError';
import { httpGet } from './httpGet';

/** Prometheus refuses range queries above 11,000 points per series. */
export const MAX_POINTS_PER_SERIES = 11_000;

export interface PromSeries {
  metric: Record<string, string>;
  /** [unix seconds, value as Prometheus sends it: "1.5", "NaN", "+Inf"] */
  values: Array<[number, string]>;
}

interface PromResponse {
  status: 'success' | 'error';
  data?: {
    resultType: string;
    result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }>;
  };
  error?: string;
}

/** [start, end] windows (unix seconds) of at most MAX_POINTS_PER_SERIES points each, back to back. */
export function splitRange(start: number, end: number, stepSeconds: number): Array<[number, number]> {
  const span = (MAX_POINTS_PER_SERIES - 1) * stepSeconds;
  const windows: Array<[number, number]> = [];
  for (let from = start; from <= end; from += span + stepSeconds) {
    windows.push([from, Math.min(end, from + span)]);
  }
  return windows;
}

/** The plain HTTP API shared by Prometheus, Thanos and Mimir (a Mimir URL includes its /prometheus prefix). */
export class PromClient {
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
    const bySeries = new Map<string, PromSeries>();
    for (const [from, to] of splitRange(start, end, stepSeconds)) {
      const data = await this.get(
        '/api/v1/query_range',
        { query: expr, start: String(from), end: String(to), step: String(stepSeconds) },
        what
      );
      for (const r of data?.result ?? []) {
        const key = JSON.stringify(Object.entries(r.metric).sort());
        const series = bySeries.get(key) ?? { metric: r.metric, values: [] };
        series.values.push(...(r.values ?? []));
        bySeries.set(key, series);
      }
    }
    return [...bySeries.values()];
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
