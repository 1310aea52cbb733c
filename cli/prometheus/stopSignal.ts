/**
 * A one-shot stop shared by a client's requests; the first reason wins. (Not AbortController: jest's jsdom
 * environment, where the CLI tests run, swaps in one without `reason` or `throwIfAborted`.)
 */
export class StopSignal {
  private stoppedWith?: { reason: unknown };
  private readonly listeners = new Set<(reason: unknown) => void>();

  get stopped(): boolean {
    return this.stoppedWith !== undefined;
  }

  stop(reason: unknown): void {
    if (this.stoppedWith) {
      return;
    }
    this.stoppedWith = { reason };
    this.listeners.forEach((listener) => listener(reason));
    this.listeners.clear();
  }

  throwIfStopped(): void {
    if (this.stoppedWith) {
      throw this.stoppedWith.reason;
    }
  }

  /** Calls `listener` once on stop; returns how to unsubscribe. */
  onStop(listener: (reason: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
