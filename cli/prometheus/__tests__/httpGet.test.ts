import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AnswerTooLarge, HttpTimeout, httpGet } from '../httpGet';
import { StopSignal } from '../stopSignal';

// A server on 127.0.0.1 that sends a byte every 20 ms for as long as the client listens.
async function withTrickle<T>(run: (url: string) => Promise<T>): Promise<T> {
  const server = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => res.write('x'.repeat(64)), 20);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('httpGet', () => {
  it('gives up at the total deadline although bytes keep arriving (no idle timer to restart)', async () => {
    await withTrickle(async (url) => {
      const started = Date.now();
      const error = await httpGet(url, { timeoutMs: 400, maxBytes: 1e9 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpTimeout);
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect((error as HttpTimeout).waitedMs).toBeGreaterThanOrEqual(390);
    });
  });

  it('refuses an answer once it grows past maxBytes, without waiting for its end', async () => {
    await withTrickle(async (url) => {
      const error = await httpGet(url, { timeoutMs: 30_000, maxBytes: 1000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnswerTooLarge);
      expect((error as AnswerTooLarge).bytes).toBeGreaterThan(1000);
    });
  });

  it('stops with the stop reason, before asking and while waiting', async () => {
    await withTrickle(async (url) => {
      const stop = new StopSignal();
      const waiting = httpGet(url, { timeoutMs: 30_000, maxBytes: 1e9, stop });
      setTimeout(() => stop.stop(new Error('deadline')), 100);
      await expect(waiting).rejects.toThrow('deadline');
      await expect(httpGet(url, { timeoutMs: 30_000, maxBytes: 1e9, stop })).rejects.toThrow('deadline');
    });
  });
});
