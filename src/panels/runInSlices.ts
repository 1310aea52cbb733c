// Longest the main thread works before it yields to the page (a loaded 2-core machine runs this several times slower).
const SLICE_MS = 25;

/**
 * Runs `steps` in slices of about SLICE_MS, yielding to the page between them, then gives its result to `onDone`
 * (in the same task when it all fits in one slice). The returned function stops work still under way; an exception
 * thrown by a step goes to `onFailed`.
 */
export function runInSlices<T>(
  steps: Generator<void, T>,
  onDone: (result: T) => void,
  onFailed: (error: unknown) => void
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    let step: IteratorResult<void, T>;
    try {
      for (step = steps.next(); !step.done; step = steps.next()) {
        if (performance.now() > until) {
          timer = setTimeout(slice, 0);
          return;
        }
      }
    } catch (error) {
      onFailed(error);
      return;
    }
    onDone(step.value);
  };
  slice();
  return () => clearTimeout(timer);
}

/** The same steps run to the end in one go (tests, and callers that need the result now). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) {
    step = steps.next();
  }
  return step.value;
}
