import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ValueAt = (unixSeconds: number) => string;

/** What the fake answers for a query: one series per label set, valued per timestamp. */
export interface FakeSeries {
  metric: Record<string, string>;
  at: ValueAt;
}

export type Answer = (query: string) => FakeSeries[];

/** Handles one request itself (returns true), or leaves it to the well-behaved fake (false). */
export type Misbehaviour = (url: URL, req: http.IncomingMessage, res: http.ServerResponse) => boolean;

export interface FakePrometheus {
  url: string;
  requests: URL[];
  /** The most requests that were in flight at once. */
  maxInFlight(): number;
  stop(): Promise<void>;
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function rangeResult(answer: Answer, url: URL, res: http.ServerResponse): void {
  const [start, end, step] = ['start', 'end', 'step'].map((k) => Number(url.searchParams.get(k)));
  if ((end - start) / step + 1 > 11_000) {
    return reply(res, 400, {
      status: 'error',
      errorType: 'bad_data',
      error: 'exceeded maximum resolution of 11,000 points per timeseries',
    });
  }
  const result = answer(url.searchParams.get('query') ?? '').map((s) => {
    const values: Array<[number, string]> = [];
    for (let t = start; t <= end; t += step) {
      values.push([t, s.at(t)]);
    }
    return { metric: s.metric, values };
  });
  reply(res, 200, { status: 'success', data: { resultType: 'matrix', result } });
}

// Only the selectors `report` sends: a metric name, optionally with one `label=""` (the series lacking it).
function labelsOrSeries(answer: Answer, url: URL, res: http.ServerResponse): void {
  const [metric, without] = (url.searchParams.get('match[]') ?? '').split(/\{|=""\}/);
  const series = answer(metric)
    .map((s) => ({ __name__: metric, ...s.metric }))
    .filter((m) => !without || !(without in m));
  const names = [...new Set(series.flatMap((m) => Object.keys(m)))].sort();
  reply(res, 200, { status: 'success', data: url.pathname.endsWith('labels') ? names : series });
}

/** The Prometheus HTTP API as `report` uses it, answering from `answer`. */
export function answerLikePrometheus(answer: Answer, url: URL, res: http.ServerResponse): void {
  if (url.pathname === '/api/v1/query_range') {
    return rangeResult(answer, url, res);
  }
  if (url.pathname === '/api/v1/query') {
    const time = Number(url.searchParams.get('time'));
    const result = answer(url.searchParams.get('query') ?? '').map((s) => ({
      metric: s.metric,
      value: [time, s.at(time)],
    }));
    return reply(res, 200, { status: 'success', data: { resultType: 'vector', result } });
  }
  if (url.pathname === '/api/v1/labels' || url.pathname === '/api/v1/series') {
    return labelsOrSeries(answer, url, res);
  }
  reply(res, 404, { status: 'error', error: 'not found' });
}

/**
 * A stand-in for the Prometheus HTTP API on 127.0.0.1: `answer` maps a PromQL string to the series it returns;
 * `misbehave` may take over any request (wrong shapes, silence, trickled bytes). stop() cuts every connection.
 */
export async function startFakePrometheus(answer: Answer, misbehave?: Misbehaviour): Promise<FakePrometheus> {
  const requests: URL[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    res.on('close', () => inFlight--);
    if (!misbehave?.(url, req, res)) {
      answerLikePrometheus(answer, url, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
