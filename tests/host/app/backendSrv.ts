import { Observable } from 'rxjs';
import type { BackendSrv, BackendSrvRequest, FetchResponse } from '@grafana/runtime';
import { inDataRequestSlot, isDataRequest } from './dataRequestQueue';

async function send<T>(options: BackendSrvRequest, signal?: AbortSignal): Promise<FetchResponse<T>> {
  const params = options.params ? `?${new URLSearchParams(options.params)}` : '';
  const response = await fetch(`${options.url}${params}`, {
    method: options.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    body: options.data === undefined ? undefined : JSON.stringify(options.data),
    signal,
  });
  const data = await response.json().catch(() => ({}));
  const result = {
    data,
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    headers: response.headers,
    redirected: false,
    type: response.type,
    url: response.url,
    config: options,
  } as FetchResponse<T>;
  if (!response.ok) {
    // Grafana rejects with a FetchError-shaped object, not an Error; the plugin must cope with both.
    throw { ...result, message: data?.message ?? response.statusText };
  }
  return result;
}

/** Grafana's fetch: data requests wait for one of its slots, and unsubscribing cancels the request. */
function queuedFetch<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
  return new Observable<FetchResponse<T>>((subscriber) => {
    const controller = new AbortController();
    const sent = () => send<T>(options, controller.signal);
    (isDataRequest(options.url) ? inDataRequestSlot(controller.signal, sent) : sent()).then(
      (response) => {
        subscriber.next(response);
        subscriber.complete();
      },
      (error: unknown) => subscriber.error(error)
    );
    return () => controller.abort();
  });
}

/** The part of Grafana's backendSrv the plugin uses: fetch plus the promise helpers, over the host's server. */
export function hostBackendSrv(): BackendSrv {
  const request = async <T>(options: BackendSrvRequest) => (await send<T>(options)).data;
  return {
    fetch: queuedFetch,
    request,
    datasourceRequest: send,
    get: (url: string, params?: BackendSrvRequest['params']) => request({ url, params }),
    post: (url: string, data?: unknown) => request({ url, data, method: 'POST' }),
    put: (url: string, data?: unknown) => request({ url, data, method: 'PUT' }),
    patch: (url: string, data?: unknown) => request({ url, data, method: 'PATCH' }),
    delete: (url: string, data?: unknown) => request({ url, data, method: 'DELETE' }),
    resolveCancelerIfExists: () => undefined,
  } as unknown as BackendSrv;
}
