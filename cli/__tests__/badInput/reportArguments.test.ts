import { startFakePrometheus } from '../../report/__tests__/fakePrometheus';
import { FROM, incident } from '../../report/__tests__/incidentAnswers';
import { runCli } from '../../run';
import { expectRefusal } from './expectRefusal';

// Nothing listens here: an argument that slipped through would fail with "cannot reach", not its own message.
const NOWHERE = 'http://127.0.0.1:1';
const iso = (s: number) => new Date(s * 1000).toISOString();
const FROM_ISO = iso(FROM);
const TO_ISO = iso(FROM + 86_400);

function report(overrides: Record<string, string | null>, ...extra: string[]) {
  const options: Record<string, string | null> = { prometheus: NOWHERE, from: FROM_ISO, to: TO_ISO, ...overrides };
  const args = Object.entries(options).flatMap(([k, v]) => (v === null ? [] : [`--${k}`, v]));
  return runCli(['report', ...args, ...extra]);
}

const EXPECTED_TIME = /expected an ISO 8601 time with a zone, such as 2026-04-01T00:00:00Z/;

const DATES: Array<[string, RegExp]> = [
  ['1', /--from "1" is not a time: /],
  ['1776000000', /is not a time: /],
  ['yesterday', /is not a time: /],
  ['', /--from "" is not a time: /],
  ['2026-02-31T00:00:00Z', /"2026-02-31T00:00:00Z" is not a day of the calendar \(February 2026 has 28 days\)/],
  ['2025-02-29T00:00:00Z', /is not a day of the calendar \(February 2025 has 28 days\)/],
  ['2026-04-31T00:00:00Z', /\(April 2026 has 30 days\)/],
  ['2026-13-01T00:00:00Z', /has no month 13/],
  ['2026-00-10T00:00:00Z', /has no month 0/],
  ['2026-04-00T00:00:00Z', /is not a day of the calendar/],
  ['2026-04-01T24:00:00Z', /is not a time of day/],
  ['2026-04-01T12:60:00Z', /is not a time of day/],
  ['2026-04-01T12:00:60Z', /is not a time of day/],
  ['2026-04-01T00:00:00+25:00', /has a zone offset \+25:00 beyond ±23:59/],
  ['1969-12-31T00:00:00Z', /is before 1970/],
  ['2026-04-01 00:00:00Z', /is not a time: /],
  ['2026-04-01T00:00:00z', /is not a time: /],
  ['2026-04-01T00:00:00+0200', /is not a time: /],
  ['+02026-04-01T00:00:00Z', /is not a time: /],
  ['2026-04-01T00:00:00.1234567890Z', /is not a time: /],
];

const DATE_FORMS: Array<[string, RegExp]> = [
  ['2026-04-01T00:00:00', /"2026-04-01T00:00:00" has no time zone, so it could mean any of 24 hours: add Z for UTC/],
  ['2026-04-01T00:00', /has no time zone/],
  ['2026-04-01', /"2026-04-01" is a date without a time and zone: /],
];

const LABELS: Array<[string, RegExp]> = [
  ['bad-label', /--service-label "bad-label" is not a Prometheus label name/],
  ['', /--service-label "" is not a Prometheus label name/],
  ['1abc', /"1abc" is not a Prometheus label name/],
  ['__name__', /"__name__" is not a Prometheus label name \(letters, digits and _, not starting with a digit or __\)/],
  ['sérvice', /"sérvice" is not a Prometheus label name/],
  ['source name', /"source name" is not a Prometheus label name/],
  ['source}', /"source}" is not a Prometheus label name/],
];

const SERVICES: Array<[string, string, RegExp]> = [
  [
    'services',
    'api-proxy\nnext-pwa-app',
    /--services contains a line break at character 10; label values never do \(pasted across lines\?\)/,
  ],
  ['services', 'api-proxy\r\n', /--services contains a carriage return at character 10/],
  ['services', 'api\tproxy', /--services contains a tab at character 4/],
  ['services', 'api\u0000proxy', /--services contains a NUL byte at character 4/],
  ['services', 'api\u001b[31mproxy', /--services contains the control character U\+001B at character 4/],
  ['services', 'api\u0085proxy', /--services contains the control character U\+0085 at character 4/],
  ['services', '', /--services is empty: a regex over service names/],
  ['services', '   ', /--services is empty/],
  ['frontend-service', 'next-pwa\napp', /--frontend-service contains a line break at character 9/],
  ['frontend-service', '', /--frontend-service is empty: one service name/],
];

const STEPS: Array<[string, RegExp]> = [
  ['0', /--step 0 is out of range: between 1 s and/],
  ['abc', /--step "abc" is not a duration: expected a number with ms, s, m or h/],
  ['', /--step "" is not a duration/],
  ['1.5', /--step 1.5 must be a whole number of seconds/],
  ['1500ms', /--step 1500ms must be a whole number of seconds/],
  [
    '151',
    /--step 151 is coarser than 150 s, half the shortest burst counted \(300 s\): bursts would fall between samples/,
  ],
  ['300', /--step 300 is coarser than 150 s/],
  ['5m', /--step 5m is coarser than 150 s/],
  ['86400', /--step 86400 is coarser than 150 s/],
  ['1d', /--step "1d" is not a duration/],
  ['1e2', /--step "1e2" is not a duration/],
  ['2m30s', /--step "2m30s" is not a duration/],
];

const LIMITS: Array<[string, string, RegExp]> = [
  ['timeout', '0', /--timeout 0 is out of range: between 100 ms and 60 min/],
  ['timeout', 'soon', /--timeout "soon" is not a duration/],
  ['timeout', '50ms', /--timeout 50ms is out of range/],
  ['timeout', '2h', /--timeout 2h is out of range: between 100 ms and 60 min/],
  ['timeout', '1y', /--timeout "1y" is not a duration/],
  ['deadline', '25h', /--deadline 25h is out of range: between 100 ms and 1440 min/],
  ['deadline', '0s', /--deadline 0s is out of range/],
  [
    'concurrency',
    '0',
    /--concurrency must be between 1 and 16, got 0: a few requests at once keep Prometheus responsive/,
  ],
  ['concurrency', '17', /--concurrency must be between 1 and 16, got 17/],
  ['concurrency', '1.5', /--concurrency must be a whole number, got "1.5"/],
  ['concurrency', 'four', /--concurrency must be a whole number, got "four"/],
  ['concurrency', '', /--concurrency must be a whole number, got ""/],
];

const URLS: Array<[string | null, RegExp]> = [
  [null, /--prometheus URL is required: http:\/\/ or https:\/\//],
  ['localhost:9090', /--prometheus "localhost:9090" is not a Prometheus URL/],
  ['ftp://prometheus', /"ftp:\/\/prometheus" is not a Prometheus URL/],
  ['http://prometheus:9090/?orgId=1', /is not a Prometheus URL: http:\/\/ or https:\/\/, without \?query or #fragment/],
  ['http://prometheus:9090/#graph', /is not a Prometheus URL/],
  ['not a url', /"not a url" is not a Prometheus URL/],
];

describe('connhealth report refuses bad arguments before querying, in one line, exit code 2', () => {
  it.each(DATES)('--from %j', async (value, message) => {
    const result = await report({ from: value });
    expectRefusal(result, 'report', message);
    expect(result.stderr).toMatch(EXPECTED_TIME);
  });

  it.each(DATE_FORMS)('--to %j, saying the expected form', async (value, message) => {
    const result = await report({ from: '2026-03-01T00:00:00Z', to: value });
    expectRefusal(result, 'report', message);
    expect(result.stderr).toMatch(/2026-04-01T00:00:00Z/);
  });

  it.each([
    ['a missing --from', { from: null }, /--from is required \(an ISO 8601 time with a zone/],
    ['a missing --to', { to: null }, /--to is required/],
    ['--to before --from', { from: TO_ISO, to: FROM_ISO }, /--to \(.+\) must be after --from \(.+\)/],
    ['--to equal to --from', { to: FROM_ISO }, /--to \(.+\) must be after --from/],
  ])('%s', async (_, overrides, message) => {
    expectRefusal(await report(overrides), 'report', message);
  });

  it.each(LABELS)('--service-label %j', async (value, message) => {
    expectRefusal(await report({ 'service-label': value }), 'report', message);
  });

  it.each([
    ['team-name', /--database-service-label "team-name" is not a Prometheus label name/],
    ['', /--database-service-label "" is not a Prometheus label name/],
  ])('--database-service-label %j', async (value, message) => {
    expectRefusal(await report({ 'database-service-label': value }), 'report', message);
  });

  it.each(SERVICES)('--%s %j', async (flag, value, message) => {
    expectRefusal(await report({ [flag]: value }), 'report', message);
  });

  it.each(STEPS)('--step %j', async (value, message) => {
    expectRefusal(await report({ step: value }), 'report', message);
  });

  it.each(LIMITS)('--%s %j', async (flag, value, message) => {
    expectRefusal(await report({ [flag]: value }), 'report', message);
  });

  it.each(URLS)('--prometheus %j', async (value, message) => {
    expectRefusal(await report({ prometheus: value }), 'report', message);
  });

  it.each([
    [
      'an unknown option',
      ['--colour', 'red'],
      /Unknown option '--colour' \(connhealth report --help lists the options\)$/,
    ],
    ['an option without its value', ['--step'], /Option '--step <value>' argument missing \(connhealth report --help/],
    ['a stray argument', ['extra'], /Unexpected argument 'extra'/],
    ['a negative step', ['--step', '-60'], /Option '--step' argument is ambiguous\. .*use '--step=-XYZ'/],
    ['a negative step, written --step=-60', ['--step=-60'], /--step "-60" is not a duration/],
    ['a negative timeout', ['--timeout=-1s'], /--timeout "-1s" is not a duration/],
    ['both output formats', ['--json', '--markdown'], /choose one of --json and --markdown/],
  ])('%s', async (_, extra, message) => {
    expectRefusal(await report({}, ...extra), 'report', message);
  });
});

describe('connhealth report accepts what it should', () => {
  it('takes an offset zone, a step as a duration, and sends service values with $ and quotes verbatim', async () => {
    const prometheus = await startFakePrometheus(incident);
    try {
      const services = 'next-pwa-app|$__range|${namespace}|"x"|a\\.b';
      const result = await runCli([
        'report',
        '--prometheus',
        prometheus.url,
        '--from',
        '2026-04-10T02:00:00+02:00',
        '--to',
        '2026-04-10T21:30:00-02:30',
        '--step',
        '2m',
        '--services',
        services,
        '--json',
      ]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(result.stdout).range).toEqual({
        from: '2026-04-10T00:00:00.000Z',
        to: '2026-04-11T00:00:00.000Z',
        stepSeconds: 120,
      });
      const sent = prometheus.requests.find((u) => u.pathname === '/api/v1/query_range')!.searchParams;
      expect(sent.get('query')).toContain('source=~"next-pwa-app|$__range|${namespace}|\\"x\\"|a\\\\.b"');
      expect(sent.get('step')).toBe('120');
      expect(sent.get('timeout')).toBe('120s');
    } finally {
      await prometheus.stop();
    }
  }, 30_000);

  it('chooses a step no coarser than 150 s for a long range', async () => {
    const prometheus = await startFakePrometheus(() => []);
    try {
      const result = await runCli([
        'report',
        '--prometheus',
        prometheus.url,
        '--from',
        '2026-01-01T00:00:00Z',
        '--to',
        '2026-04-01T00:00:00Z',
        '--json',
      ]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).range.stepSeconds).toBe(150);
    } finally {
      await prometheus.stop();
    }
  }, 60_000);
});
