import type { ServiceSeries } from '../impact';
import type { PairedDatabaseSeries, PairedLiveSeries, TimeWindow } from './types';

export function sliceSeries(series: ServiceSeries[], w: TimeWindow): ServiceSeries[] {
  return series.map((s) => ({ service: s.service, samples: s.samples.filter(([t]) => t >= w.from && t < w.to) }));
}

/** The ROI panel's inputs restricted to one window, so the same model prices each side on its own. */
export function sliceLive(live: PairedLiveSeries, w: TimeWindow): PairedLiveSeries {
  return {
    errors: sliceSeries(live.errors, w),
    requests: sliceSeries(live.requests, w),
    pages: sliceSeries(live.pages, w),
    rxReset: sliceSeries(live.rxReset, w),
    remoteCloseRatio: sliceSeries(live.remoteCloseRatio, w),
    closeWait: sliceSeries(live.closeWait, w),
    // The edge's 5xx, where scraped: each window prices the failures its users saw.
    ...(live.userErrors ? { userErrors: sliceSeries(live.userErrors, w) } : {}),
  };
}

/** The database series restricted to one window, beside the live series they attribute. */
export function sliceDatabase(database: PairedDatabaseSeries, w: TimeWindow): PairedDatabaseSeries {
  return {
    saturation: sliceSeries(database.saturation, w),
    refusals: sliceSeries(database.refusals, w),
    exporterUp: sliceSeries(database.exporterUp, w),
  };
}
