import { isObservable, from, of, type Observable } from 'rxjs';
import { catchError, map, startWith } from 'rxjs/operators';
import {
  LoadingState,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  type PanelData,
} from '@grafana/data';

/** Grafana's runRequest, reduced: loading, then the datasource's frames, or the error as panel data. */
export function runRequest(datasource: DataSourceApi, request: DataQueryRequest): Observable<PanelData> {
  const answer = datasource.query(request);
  const responses: Observable<DataQueryResponse> = isObservable(answer) ? answer : from(answer);
  const loading: PanelData = { state: LoadingState.Loading, series: [], timeRange: request.range, request };
  return responses.pipe(
    map((response): PanelData => ({
      state: response.errors?.length ? LoadingState.Error : LoadingState.Done,
      series: response.data,
      errors: response.errors,
      timeRange: request.range,
      request,
    })),
    catchError((error: unknown) =>
      of<PanelData>({
        state: LoadingState.Error,
        series: [],
        errors: [{ message: error instanceof Error ? error.message : String(error) }],
        timeRange: request.range,
        request,
      })
    ),
    startWith(loading)
  );
}
