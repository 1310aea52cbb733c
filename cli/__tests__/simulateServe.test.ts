import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
// A loaded 2-core machine compiles the CLI through tsx in a few seconds; these budgets are for that, not speed.
const READY_MS = 60_000;
const STOP_MS = 20_000;

interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();
afterEach(() => children.forEach((c) => c.kill('SIGKILL')));

/** `connhealth` as a real process (node + tsx, no build needed). */
function connhealth(...args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    })
  );
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function servingUrl(child: Child): Promise<string> {
  return within(
    READY_MS,
    'serving',
    new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const url = child.stdout().match(/serving (http:\/\/\S+)\/metrics/)?.[1];
        if (url || child.process.exitCode !== null) {
          clearInterval(poll);
          return url ? resolve(url) : reject(new Error(`exited: ${child.stderr()}`));
        }
      }, 100);
    })
  );
}

function scrape(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/metrics`, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

describe('connhealth as a real process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops cleanly on %s, even at the highest speed it accepts',
    async (signal) => {
      const child = connhealth('simulate', 'serve', '--host', '127.0.0.1', '--port', '0', '--speed', '604800');
      const url = await servingUrl(child);
      expect(await scrape(url)).toMatch(/^envoy_cluster_upstream_rq_total\{/m);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await scrape(url)).toMatch(/envoy_cluster_upstream_rq_xx\{/);
      child.process.kill(signal);
      expect(await within(STOP_MS, `exit after ${signal}`, child.exited)).toEqual({ code: 0, signal: null });
      expect(child.stdout()).toMatch(/connhealth simulate: stopped\n$/);
      expect(child.stderr()).toBe('');
    },
    READY_MS + STOP_MS + 10_000
  );

  it(
    'refuses --speed 1e18 at once with one line and exit code 2, instead of spinning a core',
    async () => {
      const child = connhealth('simulate', 'serve', '--port', '0', '--speed', '1e18');
      expect(await within(READY_MS, 'exit', child.exited)).toEqual({ code: 2, signal: null });
      expect(child.stderr()).toMatch(
        /^connhealth simulate: --speed must be above 0 and at most 604800, got 1e18[^\n]*\n$/
      );
      expect(child.stdout()).toBe('');
    },
    READY_MS + 10_000
  );

  it(
    'exits quietly when the reader closes stdout early (EPIPE, as in `connhealth queries | head -1`)',
    async () => {
      const plain = connhealth('queries', '--json');
      plain.process.stdout?.destroy();
      expect((await within(READY_MS, 'exit', plain.exited)).code).toBe(0);
      expect(plain.stderr()).toBe('');
    },
    READY_MS + 10_000
  );
});
