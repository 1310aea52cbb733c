import http from 'node:http';
import https from 'node:https';
import type { StopSignal } from './stopSignal';

export interface HttpAnswer {
  status: number;
  contentType: string;
  location?: string;
  text: string;
}

export interface HttpGetOptions {
  /** The whole answer must arrive within this time: a total deadline, not an idle timer that bytes restart. */
  timeoutMs: number;
  /** Stopping rejects with the stop's reason (the report's deadline, or another query's failure). */
  stop?: StopSignal;
  /** Answers above this many bytes are refused before they fill memory. */
  maxBytes: number;
}

export class HttpTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`no complete answer within ${waitedMs} ms`);
  }
}

export class AnswerTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`answer of ${bytes} bytes`);
  }
}

/** A GET with node's own http/https (no global fetch: jest's jsdom environment hides it). */
export function httpGet(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
  const client = url.startsWith('https:') ? https : http;
  const { stop, maxBytes } = options;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      stop?.throwIfStopped();
    } catch (e) {
      reject(e);
      return;
    }
    let settled = false;
    const settle = (done: () => void) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        unsubscribe?.();
        done();
      }
    };
    const fail = (e: unknown) => {
      settle(() => reject(e));
      req.destroy();
    };
    const req = client.get(url, { headers: { accept: 'application/json' } }, (res) => {
      const declared = Number(res.headers['content-length']);
      if (declared > maxBytes) {
        fail(new AnswerTooLarge(declared));
        return;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          fail(new AnswerTooLarge(bytes));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            location: res.headers.location,
            text: Buffer.concat(chunks).toString('utf8'),
          })
        )
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    const timer = setTimeout(() => fail(new HttpTimeout(Date.now() - started)), options.timeoutMs);
    const unsubscribe = stop?.onStop(fail);
  });
}
