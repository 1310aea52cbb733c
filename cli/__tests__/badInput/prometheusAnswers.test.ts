import {
  startFakePrometheus,
  type Answer,
  type FakePrometheus,
  type Misbehaviour,
} from '../../report/__tests__/fakePrometheus';
import { FROM, incident } from '../../report/__tests__/incidentAnswers';
import { incidentReportArgs } from '../../../tests/fixtures/incidentReportArgs';
import { runCli } from '../../run';
import { expectRefusal } from './expectRefusal';
import {
  anyRange,
  declaredHuge,
  delayed,
  fiveXxRange,
  fiveXxVolume,
  hangUp,
  headersOnly,
  json,
  labelsApi,
  on,
  redirect,
  silence,
  text,
  trickle,
  truncated,
} from './hostileAnswers';

// Six hours keep answers small; short deadlines set through the options keep every case bounded in time.
const reportArgs = (url: string, ...more: string[]) =>
  incidentReportArgs({ url, start: FROM, end: FROM + 6 * 3600 }, '--timeout', '2s', '--deadline', '30s', ...more);

async function withPrometheus<T>(
  answer: Answer,
  misbehave: Misbehaviour | undefined,
  run: (p: FakePrometheus) => Promise<T>
) {
  const prometheus = await startFakePrometheus(answer, misbehave);
  try {
    return await run(prometheus);
  } finally {
    await prometheus.stop();
  }
}

const matrix = (result: unknown) => ({ status: 'success', data: { resultType: 'matrix', result } });
const series = (values: unknown) => [{ metric: { source: 'next-pwa-app' }, values }];

// [case, misbehaviour, the message that names it]; all refused with exit code 2 in one line.
const REFUSED: Array<[string, Misbehaviour, RegExp]> = [
  [
    'success without data',
    on(fiveXxRange, json(200, { status: 'success' })),
    /upstream5xxRate in a shape that is not the Prometheus API's: there is no data object/,
  ],
  [
    'data without result',
    on(fiveXxRange, json(200, { status: 'success', data: { resultType: 'matrix' } })),
    /upstream5xxRate .*data\.result is not a list/,
  ],
  ['result that is an object', on(fiveXxRange, json(200, matrix({}))), /data\.result is not a list/],
  [
    'values that are not a list',
    on(fiveXxRange, json(200, matrix(series('nope')))),
    /data\.result\[0\]\.values is not a list/,
  ],
  [
    'a sample that is not a pair',
    on(fiveXxRange, json(200, matrix(series([[1, '1'], [2]])))),
    /data\.result\[0\]\.values\[1\] is not a \[time, "value"\] pair/,
  ],
  [
    'a sample value that is a number',
    on(fiveXxRange, json(200, matrix(series([[1, 1.5]])))),
    /values\[0\] is not a \[time, "value"\] pair/,
  ],
  [
    'a sample time that is a string',
    on(fiveXxRange, json(200, matrix(series([['1', '1']])))),
    /values\[0\] is not a \[time, "value"\] pair/,
  ],
  [
    'labels that are not strings',
    on(fiveXxRange, json(200, matrix([{ metric: { source: 7 }, values: [] }]))),
    /data\.result\[0\]\.metric is not a set of labels/,
  ],
  [
    'a series without labels',
    on(fiveXxRange, json(200, matrix([{ values: [] }]))),
    /data\.result\[0\]\.metric is not a set of labels/,
  ],
  [
    'a vector for a range query',
    on(fiveXxRange, json(200, { status: 'success', data: { resultType: 'vector', result: [] } })),
    /data\.resultType is "vector", expected "matrix"/,
  ],
  [
    'a scalar for a range query',
    on(fiveXxRange, json(200, { status: 'success', data: { resultType: 'scalar', result: [1, '1'] } })),
    /data\.resultType is "scalar", expected "matrix"/,
  ],
  [
    'a matrix for an instant query',
    on(fiveXxVolume, json(200, matrix([]))),
    /upstream5xxVolume .*data\.resultType is "matrix", expected "vector"/,
  ],
  [
    'an instant sample that is not a pair',
    on(
      fiveXxVolume,
      json(200, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: ['x'] }] } })
    ),
    /upstream5xxVolume .*data\.result\[0\]\.value is not a \[time, "value"\] pair/,
  ],
  [
    'a JSON list',
    on(fiveXxRange, json(200, [])),
    /upstream5xxRate with JSON that is not the Prometheus API \(HTTP 200\)/,
  ],
  ['a JSON string', on(fiveXxRange, json(200, 'ok')), /JSON that is not the Prometheus API/],
  ['JSON null', on(fiveXxRange, json(200, null)), /JSON that is not the Prometheus API/],
  [
    'an unknown status',
    on(fiveXxRange, json(200, { status: 'partial', data: matrix([]).data })),
    /upstream5xxRate .*status is "partial"/,
  ],
  [
    'a 200 with an HTML page',
    on(fiveXxRange, text(200, 'text/html', '<html><body>Grafana</body></html>')),
    /upstream5xxRate with an HTML page \(HTTP 200\), not the Prometheus API/,
  ],
  [
    'a 200 with HTML labelled as text',
    on(fiveXxRange, text(200, 'text/plain', '\n<!DOCTYPE html><title>Sign in</title>')),
    /an HTML page \(HTTP 200\)/,
  ],
  [
    'a 200 with plain text',
    on(fiveXxRange, text(200, 'text/plain', 'OK\r\n')),
    /upstream5xxRate with HTTP 200 and something that is not JSON: "OK"/,
  ],
  [
    'a 200 with an empty body',
    on(fiveXxRange, text(200, 'application/json', '')),
    /HTTP 200 and something that is not JSON: an empty body/,
  ],
  [
    'a 200 with JSON cut short',
    on(fiveXxRange, text(200, 'application/json', '{"status":"success","data":{"result')),
    /HTTP 200 and something that is not JSON: "\{"status"/,
  ],
  [
    'a 500 with a JSON error',
    on(
      fiveXxRange,
      json(500, {
        status: 'error',
        errorType: 'execution',
        error: 'query processing would load too many samples into memory',
      })
    ),
    /Prometheus refused upstream5xxRate \(HTTP 500, execution\): query processing would load too many samples into memory$/,
  ],
  [
    'a 503 with a JSON timeout',
    on(
      fiveXxRange,
      json(503, { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' })
    ),
    /refused upstream5xxRate \(HTTP 503, timeout\): query timed out in expression evaluation \(raise --timeout/,
  ],
  [
    'a 422 with a multi-line JSON error',
    on(fiveXxRange, json(422, { status: 'error', errorType: 'execution', error: 'line one\nline two' })),
    /\(HTTP 422, execution\): line one line two$/,
  ],
  [
    'a 500 with a JSON error but no message',
    on(fiveXxRange, json(500, { status: 'error' })),
    /refused upstream5xxRate \(HTTP 500\): no error message/,
  ],
  [
    'a 400 bad_data',
    on(
      fiveXxRange,
      json(400, { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:4: parse error' })
    ),
    /refused upstream5xxRate \(HTTP 400, bad_data\): invalid parameter "query"/,
  ],
  [
    'a 500 with a success body',
    on(fiveXxRange, json(500, matrix([]))),
    /refused upstream5xxRate \(HTTP 500\): no error message/,
  ],
  [
    'a 503 without JSON',
    on(fiveXxRange, text(503, 'text/plain', 'Service Unavailable')),
    /upstream5xxRate with HTTP 503 and an error without a Prometheus message: "Service Unavailable"/,
  ],
  [
    'a 500 without JSON or body',
    on(fiveXxRange, text(500, 'text/plain', '')),
    /HTTP 500 and an error without a Prometheus message: an empty body/,
  ],
  [
    'a 502 HTML page from a proxy',
    on(fiveXxRange, text(502, 'text/html', '<html><h1>502 Bad Gateway</h1></html>')),
    /an HTML page \(HTTP 502\)/,
  ],
  [
    'a 302 to a login page',
    on(fiveXxRange, redirect(302, '/login')),
    /upstream5xxRate with a redirect \(HTTP 302 to \/login\): pass the final Prometheus URL as --prometheus/,
  ],
  [
    'a 301 to https',
    on(labelsApi, redirect(301, 'https://prometheus.example/api/v1/labels')),
    /serviceLabelCheck with a redirect \(HTTP 301 to https:\/\/prometheus\.example/,
  ],
  ['a 307 without a location', on(fiveXxRange, redirect(307, '')), /with a redirect \(HTTP 307\)/],
  [
    'bytes trickled forever',
    on(fiveXxRange, trickle),
    /did not answer upstream5xxRate within 2 s \(--timeout\); raise --timeout/,
  ],
  ['a socket that never answers', on(fiveXxRange, silence), /did not answer upstream5xxRate within 2 s \(--timeout\)/],
  ['headers and then nothing', on(fiveXxRange, headersOnly), /did not answer upstream5xxRate within 2 s \(--timeout\)/],
  [
    'a hang-up before answering',
    on(fiveXxRange, hangUp),
    /Prometheus at http:\/\/127\.0\.0\.1:\d+ broke off upstream5xxRate \(socket hang up\)/,
  ],
  ['a connection closed mid-answer', on(fiveXxRange, truncated), /broke off upstream5xxRate \(aborted\)/],
  [
    'a 300 MB answer',
    on(fiveXxRange, declaredHuge),
    /answered upstream5xxRate with 300 MB or more, above the 256 MB this command reads; narrow --services/,
  ],
  [
    'a labels API answering an object',
    on(labelsApi, json(200, { status: 'success', data: {} })),
    /serviceLabelCheck in a shape .*: data is not a list of label names/,
  ],
  [
    'a labels API that is missing',
    on(labelsApi, json(404, { status: 'error', errorType: 'not_found', error: 'not found' })),
    /refused serviceLabelCheck \(HTTP 404, not_found\): not found/,
  ],
];

describe('connhealth report against a misbehaving Prometheus (served on 127.0.0.1 by the test)', () => {
  it.each(REFUSED)(
    'refuses %s in one line naming the query, exit code 2',
    async (_, misbehave, message) => {
      await withPrometheus(incident, misbehave, async (prometheus) => {
        expectRefusal(await runCli(reportArgs(prometheus.url)), 'report', message);
      });
    },
    30_000
  );

  it('stops at the report deadline, naming the queries still waiting and for how long', async () => {
    await withPrometheus(incident, on(anyRange, delayed(5_000, incident)), async (prometheus) => {
      const started = Date.now();
      const result = await runCli(reportArgs(prometheus.url, '--timeout', '20s', '--deadline', '2s'));
      expectRefusal(
        result,
        'report',
        /^connhealth report: the report did not finish within 2 s \(--deadline\): \d+ of \d+ Prometheus requests answered, still waiting on \w+ \(for [\d.]+ (ms|s)\)/
      );
      expect(Date.now() - started).toBeLessThan(15_000);
    });
  }, 30_000);

  it('runs the queries concurrently, never more than --concurrency at once', async () => {
    await withPrometheus(incident, on(anyRange, delayed(1_000, incident)), async (prometheus) => {
      const result = await runCli(reportArgs(prometheus.url, '--concurrency', '3', '--json'));
      expect(result.code).toBe(0);
      expect(prometheus.maxInFlight()).toBe(3);
    });
  }, 30_000);
});
