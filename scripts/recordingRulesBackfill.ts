import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { labelText } from '../simulator/openMetrics';
import { RECORDED, recordingRuleGroups, type RecordingRule } from '../src/queries/rules';
import { startPrometheus } from '../tests/fixtures/prometheusServer';
import { rangeQuery } from '../tests/conformance/prometheusApi';

// Prometheus answers at most 11,000 points per series in one range query.
const MAX_POINTS = 10_000;

/**
 * Recording rules only run forward in a live Prometheus, so evaluate them over the past: each rule as a range
 * query at its group's interval, written as one OpenMetrics block (promtool's own rule backfill writes 2-hour
 * blocks: thousands for 30 days). Rules that read other recordings run in a second pass over the first's output.
 */
export async function backfillRecordingRules(rawBlocks: string, start: number, end: number): Promise<string[]> {
  const recordedNames = Object.values(RECORDED) as string[];
  const dependsOnRecording = (r: RecordingRule) => recordedNames.some((name) => r.expr.includes(name));
  const rules = recordingRuleGroups().flatMap((g) => g.rules.map((rule) => ({ rule, step: seconds(g.interval) })));
  const passes = [rules.filter((r) => !dependsOnRecording(r.rule)), rules.filter((r) => dependsOnRecording(r.rule))];
  const outputs: string[] = [];
  for (const pass of passes) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'connhealth-rules-'));
    const file = path.join(work, 'recorded.om');
    const server = await startPrometheus({ blocksDirs: [rawBlocks, ...outputs] }).catch((e: unknown) => {
      fs.rmSync(work, { recursive: true, force: true });
      throw e;
    });
    try {
      fs.writeFileSync(file, '');
      for (const { rule, step } of pass) {
        fs.appendFileSync(file, (await evaluate(server.url, rule, start, end, step)).join(''));
      }
      fs.appendFileSync(file, '# EOF\n');
    } catch (e) {
      fs.rmSync(work, { recursive: true, force: true });
      throw e;
    } finally {
      await server.stop();
    }
    const blocks = path.join(work, 'blocks');
    execFileSync(
      'promtool',
      ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=4374h', file, blocks],
      {
        stdio: 'ignore',
      }
    );
    fs.rmSync(file);
    outputs.push(blocks);
  }
  return outputs;
}

async function evaluate(url: string, rule: RecordingRule, start: number, end: number, step: number): Promise<string[]> {
  const points = new Map<string, Array<[number, number]>>();
  const first = Math.ceil(start / step) * step;
  for (let from = first; from <= end; from += MAX_POINTS * step) {
    const to = Math.min(end, from + (MAX_POINTS - 1) * step);
    for (const series of await rangeQuery(url, rule.expr, from, to, step)) {
      const { __name__: _ignored, ...labels } = series.metric;
      const key = `${rule.record}${labelText(labels)}`;
      points.set(key, [...(points.get(key) ?? []), ...series.values]);
    }
  }
  return [...points].flatMap(([key, values]) =>
    values.filter(([, v]) => Number.isFinite(v)).map(([t, v]) => `${key} ${v} ${t}\n`)
  );
}

function seconds(interval: string): number {
  const match = interval.match(/^(\d+)([smh])$/);
  if (!match) {
    throw new Error(`Unsupported rule group interval "${interval}"`);
  }
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}
