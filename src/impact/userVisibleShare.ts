import type { InputSeries } from './series';
import { cleanSeries, groupByService } from './seriesIndex';
import { splitSums, type Span } from './retryAmplification';
import { shareUsersSaw } from './retryFigures';

/** Seed 000's "retry protection 0%": every upstream failure of a burst reaches a user. */
export const NO_RETRY_PROTECTION = 1;

/** The series the share is measured from: upstream 5xx and requests, downstream 5xx and requests, by service. */
export interface ShareSeries {
  errors: InputSeries[];
  requests: InputSeries[];
  pages: InputSeries[];
  /** Downstream 5xx per second (the edge's answers after retries); absent where the proxy has no such counter. */
  userErrors?: InputSeries[];
}

export interface ServiceShare {
  service: string;
  /** Users' 5xx ratio ÷ the mesh's during the service's bursts; above 1 where a page fans out. */
  share: number;
  /** Upstream 5xx during its bursts (Σ of rate samples): the weight of the service in the fleet's share. */
  upstreamFailures: number;
}

/** The share of a burst's upstream failures users saw, measured or the seed's assumption, and why. */
export interface UserVisibleShare {
  source: 'measured' | 'assumed';
  /** In [0, 1]; multiplies a burst's excess failures before they become failed pages. */
  value: number;
  /** Per service, when measured: the range is the lowest and highest of these. */
  services: ServiceShare[];
  note: string;
}

const pct = (v: number) => `${Number((v * 100).toPrecision(3))}%`;

function assumedShare(why: string): UserVisibleShare {
  return {
    source: 'assumed',
    value: NO_RETRY_PROTECTION,
    services: [],
    note: `assumed 100% (retry protection 0%, the seed's assumption): ${why}`,
  };
}

function serviceShares(series: ShareSeries, userErrors: InputSeries[], bursts: Span[]): ServiceShare[] {
  const spansBy = groupByService([...bursts].sort((a, b) => a.start - b.start));
  const [errors, requests, pages, users] = [series.errors, series.requests, series.pages, userErrors].map((s) =>
    groupByService(s)
  );
  const shares: ServiceShare[] = [];
  for (const [service, spans] of spansBy) {
    const [ue, pg, e, r] = [users, pages, errors, requests].map((g) => g.get(service));
    if (!ue || !pg || !e || !r) {
      continue;
    }
    const [user] = splitSums(cleanSeries(ue), cleanSeries(pg), spans);
    const [mesh] = splitSums(cleanSeries(e), cleanSeries(r), spans);
    const share =
      user.second > 0 && mesh.second > 0 ? shareUsersSaw(user.first / user.second, mesh.first / mesh.second) : null;
    if (share !== null) {
      shares.push({ service, share, upstreamFailures: mesh.first });
    }
  }
  return shares.sort((a, b) => a.service.localeCompare(b.service));
}

/**
 * During each bursting service's bursts: downstream 5xx ratio ÷ upstream 5xx ratio, capped at 1 (a fan-out is no
 * protection), averaged over services weighted by their upstream 5xx. The assumption, with why, where nothing
 * measures it. Linear in samples plus bursts.
 */
export function userVisibleShare(series: ShareSeries, bursts: Span[]): UserVisibleShare {
  const userErrors = series.userErrors ?? [];
  if (!userErrors.length) {
    return assumedShare('no downstream 5xx series (envoy_http_downstream_rq_xx) in the range to measure it');
  }
  if (!bursts.length) {
    return assumedShare('no bursts in the range to measure it during');
  }
  const services = serviceShares(series, userErrors, bursts);
  const weight = services.reduce((sum, s) => sum + s.upstreamFailures, 0);
  if (!services.length || weight <= 0) {
    return assumedShare('no bursting service has downstream 5xx and request series with traffic during its bursts');
  }
  const value = services.reduce((sum, s) => sum + Math.min(1, s.share) * s.upstreamFailures, 0) / weight;
  const shares = services.map((s) => Math.min(1, s.share));
  const n = services.length;
  return {
    source: 'measured',
    value,
    services,
    note: `measured ${pct(value)}: downstream ÷ upstream 5xx ratio during the bursts of ${n} service${n === 1 ? '' : 's'} (${pct(Math.min(...shares))}–${pct(Math.max(...shares))}), weighted by their upstream 5xx`,
  };
}
