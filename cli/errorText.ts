// Duck-typed, not `instanceof Error`: node's own errors come from another realm under jest's jsdom environment.
export function errorMessage(e: unknown): string {
  const message = (e as { message?: unknown })?.message;
  return typeof message === 'string' ? message : String(e);
}

export function errorStack(e: unknown): string | undefined {
  const stack = (e as { stack?: unknown })?.stack;
  return typeof stack === 'string' ? stack : undefined;
}
