import { QUERY_CATALOGUE, catalogueFor } from '../../src/queries';
import { promqlSyntaxErrors } from '../../src/queries/__tests__/promqlSyntax';
import { runCli } from '../run';

async function queriesJson(...args: string[]) {
  const result = await runCli(['queries', '--json', ...args]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as Array<Record<string, string>>;
}

describe('connhealth queries', () => {
  it('prints the whole catalogue as {id,row,title,unit,expr}', async () => {
    const rows = await queriesJson();
    expect(rows.map((r) => r.id)).toEqual(QUERY_CATALOGUE.map((q) => q.id));
    expect(Object.keys(rows[0]).sort()).toEqual(['expr', 'id', 'row', 'title', 'unit']);
    expect(rows[0].expr).toContain('$__rate_interval');
  });

  it('renders paste-ready PromQL with --rendered and the given label, services, interval and range', async () => {
    const rows = await queriesJson(
      '--rendered',
      '--service-label',
      'envoy_cluster_name',
      '--services',
      'api-proxy|next-pwa-app',
      '--rate-interval',
      '2m',
      '--range',
      '7d'
    );
    for (const row of rows) {
      // "$1" is label_replace's capture reference, not a variable left unresolved.
      expect(row.rendered.split('"$1"').join('')).not.toMatch(/\$/);
      expect(promqlSyntaxErrors(row.rendered)).toEqual([]);
    }
    const volume = rows.find((r) => r.id === 'upstream5xxVolume')!;
    expect(volume.rendered).toBe(
      'sort_desc(sum by (envoy_cluster_name) (increase(envoy_cluster_upstream_rq_xx{envoy_response_code_class="5", envoy_cluster_name=~"api-proxy|next-pwa-app"}[7d])))'
    );
    expect(rows.find((r) => r.id === 'rxResetRate')!.rendered).toContain('[2m]');
  });

  it('prints the HAProxy rendering of the same catalogue with --proxy haproxy, and says what has no equivalent', async () => {
    const rows = await queriesJson('--proxy', 'haproxy', '--rendered', '--services', 'shop', '--rate-interval', '1m');
    expect(rows.map((r) => r.id)).toEqual(catalogueFor('haproxy').map((q) => q.id));
    expect(rows.find((r) => r.id === 'upstream5xxRate')!.rendered).toBe(
      'sum by (proxy) (rate(haproxy_backend_http_responses_total{code="5xx", proxy=~"shop"}[1m]))'
    );
    for (const row of rows) {
      expect(promqlSyntaxErrors(row.rendered)).toEqual([]);
    }
    const text = await runCli(['queries', '--proxy', 'haproxy']);
    expect(text.stdout).toMatch(
      /# not available for haproxy: retrySuccessRatio — HAProxy counts retries \(retry_warnings\) but not whether/
    );
  });

  it('refuses an unknown proxy in one line, naming the choices', async () => {
    const result = await runCli(['queries', '--proxy', 'nginx']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'connhealth queries: Unknown proxy "nginx": choose one of envoy, haproxy'
    );
  });

  it('defaults to all services, a 5m rate interval and a 30d range', async () => {
    const rows = await queriesJson('--rendered');
    expect(rows.find((r) => r.id === 'upstream5xxVolume')!.rendered).toContain('source=~".*"}[30d]');
    expect(rows.find((r) => r.id === 'upstream5xxRate')!.rendered).toContain('[5m]');
  });

  it('refuses a bad label, a bad duration, a control character or an unknown flag in one line, exit code 2', async () => {
    for (const [args, message] of [
      [
        ['--rendered', '--service-label', 'service-name'],
        /--service-label "service-name" is not a Prometheus label name/,
      ],
      [['--rendered', '--range', 'a month'], /The range "a month" is not a Prometheus duration/],
      [['--rendered', '--services', 'api\nproxy'], /--services contains a line break at character 4/],
      [['--colour'], /Unknown option '--colour' \(connhealth queries --help lists the options\)$/],
    ] as const) {
      const result = await runCli(['queries', ...args]);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^connhealth queries: [^\n]+$/);
      expect(result.stderr).toMatch(message);
    }
  });

  it('prints its own usage with --help, and the whole list without a command', async () => {
    expect(await runCli(['queries', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('connhealth queries [--json]'),
    });
    expect(await runCli([])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('connhealth report --prometheus URL'),
    });
  });

  it.each(['nonsense', 'constructor', '__proto__', 'toString'])(
    'answers an unknown command (%s) with the list of commands',
    async (name) => {
      expect(await runCli([name])).toEqual({
        code: 2,
        stdout: '',
        stderr: `connhealth: unknown command "${name}"; the commands are queries, impact, report, simulate, validate (connhealth --help shows their options)`,
      });
    }
  );
});
