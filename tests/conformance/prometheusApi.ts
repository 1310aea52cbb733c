// A small Prometheus HTTP API client for the conformance tests: numbers parsed, "NaN"/"+Inf" kept as such.
export interface Sample {
  metric: Record<string, string>;
  value: number;
}

export interface Series {
  metric: Record<string, string>;
  values: Array<[number, number]>;
}

export interface QueryStats {
  totalQueryableSamples: number;
  execTotalTime: number;
}

interface ApiResponse<T> {
  status: 'success' | 'error';
  error?: string;
  data: {
    resultType: string;
    result: T;
    stats?: { timings: { execTotalTime: number }; samples: { totalQueryableSamples: number } };
  };
}

async function call<T>(
  url: string,
  path: string,
  params: Record<string, string | number>
): Promise<ApiResponse<T>['data']> {
  const body = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${url}${path}`, { method: 'POST', body });
  const json = (await response.json()) as ApiResponse<T>;
  if (json.status !== 'success') {
    throw new Error(`Prometheus refused ${params.query}: ${json.error}`);
  }
  return json.data;
}

export async function instantQuery(url: string, query: string, time: number): Promise<Sample[]> {
  const data = await call<Array<{ metric: Record<string, string>; value: [number, string] }>>(url, '/api/v1/query', {
    query,
    time,
  });
  return data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
}

export async function rangeQuery(
  url: string,
  query: string,
  start: number,
  end: number,
  step: number
): Promise<Series[]> {
  const data = await call<Array<{ metric: Record<string, string>; values: Array<[number, string]> }>>(
    url,
    '/api/v1/query_range',
    { query, start, end, step }
  );
  return data.result.map((r) => ({ metric: r.metric, values: r.values.map(([t, v]) => [t, Number(v)]) }));
}

/** Samples touched and time taken, from Prometheus' own per-query statistics (stats=all). */
export async function queryStats(
  url: string,
  query: string,
  range: { start: number; end: number; step: number } | { time: number }
): Promise<QueryStats> {
  const path = 'time' in range ? '/api/v1/query' : '/api/v1/query_range';
  const data = await call<unknown>(url, path, { query, stats: 'all', ...range });
  return {
    totalQueryableSamples: data.stats?.samples.totalQueryableSamples ?? NaN,
    execTotalTime: data.stats?.timings.execTotalTime ?? NaN,
  };
}

export function byLabel(samples: Sample[], label: string): Record<string, number> {
  return Object.fromEntries(samples.map((s) => [s.metric[label], s.value]));
}

/** Whether Prometheus' last scrape of the target succeeded (the targets API, no query needed). */
export async function targetUp(url: string, instance: string): Promise<boolean> {
  const json = (await (await fetch(`${url}/api/v1/targets`)).json()) as {
    data: { activeTargets: Array<{ labels: Record<string, string>; health: string }> };
  };
  return json.data.activeTargets.some((t) => t.labels.instance === instance && t.health === 'up');
}

/** Series names and label sets stored between start and end. */
export async function seriesCount(url: string, start: number, end: number): Promise<number> {
  const params = new URLSearchParams({ 'match[]': '{__name__=~".+"}', start: String(start), end: String(end) });
  const json = (await (await fetch(`${url}/api/v1/series?${params}`)).json()) as { data: unknown[] };
  return json.data.length;
}
