import type { PrometheusQueries, PromInstantSample, PromSeries } from './prometheusQueries';

/**
 * A client that asks Prometheus each distinct question once: a preliminary pass and the fine pass after it share the
 * daily figures and the rollouts (their step does not change). A failed answer is forgotten so a retry asks again.
 */
export class SharedAnswers implements PrometheusQueries {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly api: PrometheusQueries) {}

  private once<T>(key: unknown[], ask: () => Promise<T>): Promise<T> {
    const id = JSON.stringify(key);
    const known = this.answers.get(id);
    if (known) {
      return known as Promise<T>;
    }
    const answer = ask();
    this.answers.set(id, answer);
    answer.catch(() => this.answers.delete(id));
    return answer;
  }

  queryRange(expr: string, start: number, end: number, stepSeconds: number, what: string): Promise<PromSeries[]> {
    return this.once(['range', expr, start, end, stepSeconds], () =>
      this.api.queryRange(expr, start, end, stepSeconds, what)
    );
  }

  queryInstant(expr: string, time: number, what: string): Promise<PromInstantSample[]> {
    return this.once(['instant', expr, time], () => this.api.queryInstant(expr, time, what));
  }
}
