interface FetchErrorLike {
  status: number;
  statusText?: unknown;
  message?: unknown;
  data?: { message?: unknown } | null;
}

// Grafana's backendSrv rejects with a FetchError ({ status, statusText, data: { message } }), not an Error.
function isFetchErrorLike(error: unknown): error is FetchErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** One line for a failed Grafana API call: "HTTP 403 Forbidden: <Grafana's message>", never "[object Object]". */
export function fetchErrorText(error: unknown): string {
  if (isFetchErrorLike(error)) {
    const status = [String(error.status), text(error.statusText)].filter(Boolean).join(' ');
    const message = text(error.data?.message) ?? text(error.message);
    return message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return text(error) ?? 'unknown error';
}
