import { CliError } from '../cliError';
import { errorMessage } from '../errorText';
import { formatDuration } from '../formatDuration';
import { AnswerTooLarge, HttpTimeout, httpGet } from './httpGet';
import { readAnswer, type AnswerKind } from './promAnswer';
import { RequestLimiter } from './requestLimiter';
import { StopSignal } from './stopSignal';
import {
  MAX_POINTS_PER_SERIES,
  joinPieces,
  splitRange,
  type PrometheusQueries,
  type PromSeries,
} from '../../src/fixValidation/fetch/prometheusQueries';

// The API's shapes and limits are shared with the browser's client (fix validation runs in both).
export { MAX_POINTS_PER_SERIES, splitRange, type PromSeries };

export interface PromClientOptions {
  /** Total time one request may take, from asking to the last byte. */
  timeoutMs: number;
  /** Total time every request of this client may take together (the whole report). */
  deadlineMs: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Answers above this size are refused. */
  maxAnswerBytes: number;
}

// Prometheus's own default query timeout is 2 minutes; a 30-day report over hundreds of services fits in 10.
export const DEFAULT_PROM_OPTIONS: PromClientOptions = {
  timeoutMs: 120_000,
  deadlineMs: 600_000,
  concurrency: 4,
  maxAnswerBytes: 256 * 1024 * 1024,
};

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name did not resolve',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** The plain HTTP API shared by Prometheus, Thanos and Mimir (a Mimir URL includes its /prometheus prefix). */
export class PromClient implements PrometheusQueries {
  /** Warnings Prometheus attached to its answers (e.g. a partial answer from Thanos), once each. */
  readonly warnings = new Set<string>();
  /** Each answered request: how long it took, and when it finished (ms after the client was made). */
  readonly timings: Array<{ what: string; ms: number; finishedAt: number }> = [];
  private readonly created = Date.now();
  private readonly options: PromClientOptions;
  private readonly stop = new StopSignal();
  private readonly limiter: RequestLimiter;
  private readonly inFlight = new Map<number, { what: string; started: number }>();
  private readonly deadline: ReturnType<typeof setTimeout>;
  private started = 0;

  constructor(
    private readonly baseUrl: string,
    options: Partial<PromClientOptions> = {}
  ) {
    this.options = { ...DEFAULT_PROM_OPTIONS, ...options };
    this.limiter = new RequestLimiter(this.options.concurrency);
    this.deadline = setTimeout(() => this.stop.stop(this.deadlineError()), this.options.deadlineMs);
    // Never the reason the process stays alive (jsdom's timers have no unref).
    (this.deadline as { unref?: () => void }).unref?.();
  }

  /** Milliseconds since the client was made. */
  age(): number {
    return Date.now() - this.created;
  }

  /** Stops every request still in flight or queued; call it however the work ends. */
  close(): void {
    clearTimeout(this.deadline);
    this.stop.stop(new CliError('stopped: another Prometheus request failed first'));
  }

  private deadlineError(): CliError {
    const now = Date.now();
    const waiting = [...this.inFlight.values()].map((r) => `${r.what} (for ${formatDuration(now - r.started)})`);
    const answered = this.timings.length;
    return new CliError(
      `the report did not finish within ${formatDuration(this.options.deadlineMs)} (--deadline): ${answered} of ${this.started} Prometheus requests answered${waiting.length ? `, still waiting on ${waiting.join(', ')}` : ''}; raise --deadline, narrow --services or use a coarser --step`
    );
  }

  private transportError(e: unknown, what: string): unknown {
    if (e instanceof CliError) {
      return e;
    }
    if (e instanceof HttpTimeout) {
      return new CliError(
        `Prometheus at ${this.baseUrl} did not answer ${what} within ${formatDuration(this.options.timeoutMs)} (--timeout); raise --timeout, narrow --services or use a coarser --step`
      );
    }
    if (e instanceof AnswerTooLarge) {
      const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
      return new CliError(
        `Prometheus answered ${what} with ${mb(e.bytes)} or more, above the ${mb(this.options.maxAnswerBytes)} this command reads; narrow --services or use a coarser --step`
      );
    }
    const code = String((e as { code?: unknown })?.code);
    return new CliError(
      UNREACHABLE[code]
        ? `cannot reach Prometheus at ${this.baseUrl} for ${what} (${UNREACHABLE[code]}); is it running, and is the URL right?`
        : `Prometheus at ${this.baseUrl} broke off ${what} (${errorMessage(e)}); it or a proxy in front of it gave up, try again`
    );
  }

  private get(path: string, params: Record<string, string>, kind: AnswerKind, what: string): Promise<unknown> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}${path}?${new URLSearchParams(params)}`;
    return this.limiter.run(async () => {
      this.stop.throwIfStopped();
      const id = ++this.started;
      const started = Date.now();
      this.inFlight.set(id, { what, started });
      try {
        const answer = await httpGet(url, {
          timeoutMs: this.options.timeoutMs,
          stop: this.stop,
          maxBytes: this.options.maxAnswerBytes,
        }).catch((e: unknown) => {
          throw this.transportError(e, what);
        });
        const { data, warnings } = readAnswer(answer, kind, what, this.baseUrl);
        warnings.forEach((w) => this.warnings.add(`Prometheus warned about ${what}: ${w}`));
        this.timings.push({ what, ms: Date.now() - started, finishedAt: Date.now() - this.created });
        return data;
      } finally {
        this.inFlight.delete(id);
      }
    });
  }

  // Prometheus stops evaluating at its own `timeout` too, instead of working on for an answer nobody reads.
  private queryTimeout(): string {
    return `${Math.max(1, Math.ceil(this.options.timeoutMs / 1000))}s`;
  }

  /** Range query split so no request exceeds MAX_POINTS_PER_SERIES; the pieces run concurrently and join in order. */
  async queryRange(expr: string, start: number, end: number, stepSeconds: number, what: string): Promise<PromSeries[]> {
    const windows = splitRange(start, end, stepSeconds);
    const parts = await Promise.all(
      windows.map(
        ([from, to], i) =>
          this.get(
            '/api/v1/query_range',
            {
              query: expr,
              start: String(from),
              end: String(to),
              step: String(stepSeconds),
              timeout: this.queryTimeout(),
            },
            'matrix',
            windows.length > 1 ? `${what} (part ${i + 1} of ${windows.length})` : what
          ) as Promise<{ result: PromSeries[] }>
      )
    );
    return joinPieces(parts.map((part) => part.result));
  }

  async queryInstant(
    expr: string,
    time: number,
    what: string
  ): Promise<Array<{ metric: Record<string, string>; value: string }>> {
    const data = (await this.get(
      '/api/v1/query',
      { query: expr, time: String(time), timeout: this.queryTimeout() },
      'vector',
      what
    )) as { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
    return data.result.map((r) => ({ metric: r.metric, value: r.value[1] }));
  }

  /** Label names on the series a selector matches in [start, end] (unix seconds). */
  async labelNames(selector: string, start: number, end: number, what: string): Promise<string[]> {
    const params = { 'match[]': selector, start: String(start), end: String(end) };
    return (await this.get('/api/v1/labels', params, 'labels', what)) as string[];
  }

  /** The label sets of the series a selector matches in [start, end] (unix seconds). */
  async series(selector: string, start: number, end: number, what: string): Promise<Array<Record<string, string>>> {
    const params = { 'match[]': selector, start: String(start), end: String(end) };
    return (await this.get('/api/v1/series', params, 'series', what)) as Array<Record<string, string>>;
  }
}
