import { CliError } from '../cliError';
import { oneLine } from '../oneLine';
import type { HttpAnswer } from './httpGet';

/** What an endpoint of the Prometheus HTTP API returns in `data`. */
export type AnswerKind = 'matrix' | 'vector' | 'labels' | 'series';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isLabelSet = (x: unknown) => isObject(x) && Object.values(x).every((v) => typeof v === 'string');
const isSample = (x: unknown) =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && Number.isFinite(x[0]) && typeof x[1] === 'string';

// One line, printable, short: the start of a body that is not the Prometheus API.
function snippet(text: string): string {
  const line = oneLine(text);
  return line ? `"${line.slice(0, 120)}${line.length > 120 ? '…' : ''}"` : 'an empty body';
}

function seriesProblem(r: unknown, at: string, samples: 'values' | 'value'): string | undefined {
  if (!isObject(r) || !isLabelSet(r.metric)) {
    return `${at}.metric is not a set of labels`;
  }
  if (samples === 'value') {
    return isSample(r.value) ? undefined : `${at}.value is not a [time, "value"] pair`;
  }
  if (!Array.isArray(r.values)) {
    return `${at}.values is not a list`;
  }
  const bad = r.values.findIndex((p) => !isSample(p));
  return bad < 0 ? undefined : `${at}.values[${bad}] is not a [time, "value"] pair`;
}

function resultProblem(data: unknown, resultType: 'matrix' | 'vector'): string | undefined {
  if (!isObject(data)) {
    return 'there is no data object';
  }
  if (data.resultType !== resultType) {
    return `data.resultType is ${JSON.stringify(data.resultType) ?? 'missing'}, expected "${resultType}"`;
  }
  if (!Array.isArray(data.result)) {
    return 'data.result is not a list';
  }
  const samples = resultType === 'matrix' ? 'values' : 'value';
  for (let i = 0; i < data.result.length; i++) {
    const problem = seriesProblem(data.result[i], `data.result[${i}]`, samples);
    if (problem) {
      return problem;
    }
  }
  return undefined;
}

function shapeProblem(data: unknown, kind: AnswerKind): string | undefined {
  if (kind === 'labels') {
    return Array.isArray(data) && data.every((x) => typeof x === 'string')
      ? undefined
      : 'data is not a list of label names';
  }
  if (kind === 'series') {
    return Array.isArray(data) && data.every(isLabelSet) ? undefined : 'data is not a list of label sets';
  }
  return resultProblem(data, kind);
}

function notJson(answer: HttpAnswer, what: string, base: string): CliError {
  const { status, text, contentType } = answer;
  if (/text\/html/i.test(contentType) || /^\s*<(!doctype|html|head|body)/i.test(text)) {
    return new CliError(
      `${base} answered ${what} with an HTML page (HTTP ${status}), not the Prometheus API: is --prometheus the Prometheus URL (not Grafana, a proxy's error page or a login page)?`
    );
  }
  const kind = status >= 400 ? 'an error without a Prometheus message' : 'something that is not JSON';
  return new CliError(`${base} answered ${what} with HTTP ${status} and ${kind}: ${snippet(text)}`);
}

function refused(body: Json, status: number, what: string): CliError {
  const type = typeof body.errorType === 'string' ? `, ${body.errorType}` : '';
  const error = typeof body.error === 'string' ? snippet(body.error).slice(1, -1) : 'no error message';
  const hint = /timeout|timed out/i.test(error) ? ' (raise --timeout, narrow --services or use a coarser --step)' : '';
  return new CliError(`Prometheus refused ${what} (HTTP ${status}${type}): ${error}${hint}`);
}

/** The `data` of a Prometheus answer after checking its shape; every other answer becomes a one-line CliError. */
export function readAnswer(
  answer: HttpAnswer,
  kind: AnswerKind,
  what: string,
  base: string
): { data: unknown; warnings: string[] } {
  const { status, location } = answer;
  if (status >= 300 && status < 400) {
    throw new CliError(
      `${base} answered ${what} with a redirect (HTTP ${status}${location ? ` to ${location}` : ''}): pass the final Prometheus URL as --prometheus`
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw notJson(answer, what, base);
  }
  if (!isObject(body)) {
    throw new CliError(
      `${base} answered ${what} with JSON that is not the Prometheus API (HTTP ${status}): ${snippet(answer.text)}`
    );
  }
  if (body.status === 'error' || status >= 400 || status < 200) {
    throw refused(body, status, what);
  }
  const problem =
    body.status === 'success' ? shapeProblem(body.data, kind) : `status is ${JSON.stringify(body.status) ?? 'missing'}`;
  if (problem) {
    throw new CliError(`${base} answered ${what} in a shape that is not the Prometheus API's: ${problem}`);
  }
  const warnings = Array.isArray(body.warnings) ? body.warnings.filter((w): w is string => typeof w === 'string') : [];
  return { data: body.data, warnings };
}
