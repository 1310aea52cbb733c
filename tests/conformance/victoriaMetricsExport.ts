// VictoriaMetrics' raw-sample export (/api/v1/export): every stored sample, no lookback or step in between.
export interface ExportedSeries {
  metric: Record<string, string>;
  /** Unix seconds. */
  timestamps: number[];
  values: number[];
}

export async function exportSeries(url: string, match: string, start: number, end: number): Promise<ExportedSeries[]> {
  const body = new URLSearchParams({ 'match[]': match, start: String(start), end: String(end) });
  const response = await fetch(`${url}/api/v1/export`, { method: 'POST', body });
  if (!response.ok) {
    throw new Error(`VictoriaMetrics refused export of ${match}: ${response.status} ${await response.text()}`);
  }
  return (await response.text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { metric: Record<string, string>; timestamps: number[]; values: number[] })
    .map((s) => ({ metric: s.metric, timestamps: s.timestamps.map((t) => t / 1000), values: s.values }));
}
