import { urlUtil, type UrlQueryMap } from '@grafana/data';
import { FIX_AT_URL_KEY, ROUTES } from '../../constants';
import { prefixRoute } from '../../app/routing';

const DAY_MS = 86_400_000;

/** The Stream 2 page a day either side of the fix, same selection, the fix marked on every time series. */
export function stream2Url(fixAt: number, variables: UrlQueryMap): string {
  const selection = Object.fromEntries(Object.entries(variables).filter(([key]) => key.startsWith('var-')));
  return urlUtil.renderUrl(prefixRoute(ROUTES.ConnectionHealth), {
    ...selection,
    from: String(fixAt - DAY_MS),
    to: String(fixAt + DAY_MS),
    [FIX_AT_URL_KEY]: new Date(fixAt).toISOString().replace('.000Z', 'Z'),
  });
}
