import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ValueAt = (unixSeconds: number) => string;

/** What the fake answers for a query: one series per label set, valued per timestamp. */
export interface FakeSeries {
  metric: Record<string, string>;
  at: ValueAt;
}

export interface FakePrometheus {
  url: string;
  requests: URL[];
  stop(): Promise<void>;
}

/** A stand-in for the Prometheus HTTP API: `answer` maps a PromQL string to the series it returns. */
export async function startFakePrometheus(answer: (query: string) => FakeSeries[]): Promise<FakePrometheus> {
  const requests: URL[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    const query = url.searchParams.get('query') ?? '';
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/v1/query_range') {
      const [start, end, step] = ['start', 'end', 'step'].map((k) => Number(url.searchParams.get(k)));
      if ((end - start) / step + 1 > 11_000) {
        return reply(400, {
          status: 'error',
          errorType: 'bad_data',
          error: 'exceeded maximum resolution of 11,000 points per timeseries',
        });
      }
      const result = answer(query).map((s) => {
        const values: Array<[number, string]> = [];
        for (let t = start; t <= end; t += step) {
          values.push([t, s.at(t)]);
        }
        return { metric: s.metric, values };
      });
      return reply(200, { status: 'success', data: { resultType: 'matrix', result } });
    }
    if (url.pathname === '/api/v1/query') {
      const time = Number(url.searchParams.get('time'));
      const result = answer(query).map((s) => ({ metric: s.metric, value: [time, s.at(time)] }));
      return reply(200, { status: 'success', data: { resultType: 'vector', result } });
    }
    return reply(404, { status: 'error', error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
