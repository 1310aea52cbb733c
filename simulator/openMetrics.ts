import fs from 'node:fs';
import type { Generated } from './generate';

const CHUNK_LINES = 20000;

export function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
  );
  return `{${parts.join(',')}}`;
}

/**
 * Writes the series as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`: one series at a
 * time in time order (no out-of-order samples), timestamps in seconds, `# EOF` last. No TYPE lines:
 * OpenMetrics wants counters named *_total and Envoy's are not; the type is metadata PromQL never reads.
 */
export function writeOpenMetrics(g: Generated, file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const { spec, values } of g.series) {
      const prefix = `${spec.name}${labelText(spec.labels)} `;
      let lines: string[] = [];
      for (let i = 0; i < values.length; i++) {
        if (Number.isNaN(values[i])) {
          continue;
        }
        lines.push(`${prefix}${values[i]} ${g.timeAt(i)}\n`);
        if (lines.length === CHUNK_LINES) {
          fs.writeSync(fd, lines.join(''));
          lines = [];
        }
      }
      fs.writeSync(fd, lines.join(''));
    }
    fs.writeSync(fd, '# EOF\n');
  } finally {
    fs.closeSync(fd);
  }
}
