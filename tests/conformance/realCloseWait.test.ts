import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { getQuery, renderExpr } from '../../src/queries';
import { freePort, startPrometheus, type RunningPrometheus } from '../fixtures/prometheusServer';
import { instantQuery, targetUp } from './prometheusApi';

const LEAKED = 25;

// Real sockets, a real node_exporter (tcpstat collector) and a real Prometheus scraping it every second.
describe('the direct CLOSE_WAIT query sees real CLOSE_WAIT sockets (node_exporter --collector.tcpstat)', () => {
  let exporter: ChildProcess | undefined;
  let prometheus: RunningPrometheus | undefined;
  let leakyServer: net.Server | undefined;
  const sockets: net.Socket[] = [];
  let instance = '';

  beforeAll(async () => {
    const port = await freePort();
    instance = `127.0.0.1:${port}`;
    exporter = spawn(
      'prometheus-node-exporter',
      ['--collector.disable-defaults', '--collector.tcpstat', `--web.listen-address=${instance}`],
      { stdio: 'ignore' }
    );
    prometheus = await startPrometheus({
      config: `scrape_configs:\n  - job_name: node\n    scrape_interval: 1s\n    static_configs:\n      - targets: ['${instance}']\n`,
    });
  });

  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => (leakyServer ? leakyServer.close(() => resolve()) : resolve()));
    exporter?.kill('SIGTERM');
    await prometheus?.stop();
  });

  const closeWaitOnHost = async (): Promise<number> => {
    const expr = renderExpr(getQuery('closeWaitSockets').expr, { instances: instance.replace(/\./g, '\\.') });
    const samples = await instantQuery(prometheus!.url, expr, Date.now() / 1000);
    // node_exporter omits the state when no socket is in it: absent means 0.
    return samples.find((s) => s.metric.instance === instance)?.value ?? 0;
  };

  const scraped = async (predicate: (value: number) => boolean, timeoutMs = 30_000): Promise<number> => {
    const deadline = Date.now() + timeoutMs;
    let value = NaN;
    while (Date.now() < deadline) {
      if (await targetUp(prometheus!.url, instance)) {
        value = await closeWaitOnHost();
        if (predicate(value)) {
          return value;
        }
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return value;
  };

  it(`rises by at least ${LEAKED} when a server leaks ${LEAKED} half-closed sockets, and falls when they close`, async () => {
    const before = await scraped(() => true);
    expect(Number.isFinite(before)).toBe(true);

    const accepted: net.Socket[] = [];
    // allowHalfOpen: the peer's FIN does not close our side, and this server never calls end(): CLOSE_WAIT.
    leakyServer = net.createServer({ allowHalfOpen: true }, (socket) => accepted.push(socket));
    await new Promise<void>((resolve) => leakyServer!.listen(0, '127.0.0.1', () => resolve()));
    const { port } = leakyServer.address() as net.AddressInfo;
    for (let i = 0; i < LEAKED; i++) {
      const client = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => client.once('connect', () => resolve()));
      client.end();
      sockets.push(client);
    }
    sockets.push(...accepted);

    const during = await scraped((v) => v >= before + LEAKED);
    expect(during).toBeGreaterThanOrEqual(before + LEAKED);

    accepted.forEach((s) => s.destroy());
    const after = await scraped((v) => v <= during - LEAKED);
    expect(after).toBeLessThanOrEqual(during - LEAKED);
  });
});
