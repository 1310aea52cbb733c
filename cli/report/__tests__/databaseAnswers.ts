import { resolveAssumptions } from '../../../src/impact';
import type { PromClient, PromSeries } from '../../prometheus/promClient';
import { collectReport, type ReportData } from '../collectReport';

// One day a minute apart: a CLOSE_WAIT burst on next-pwa-app, and a burst on api-lazlo-sox whose MySQL is full.
export const DAY_START = Date.UTC(2026, 3, 13) / 1000;
export const MINUTES = 24 * 60;
export const SERVICES = ['next-pwa-app', 'api-lazlo-sox'];
const closeWaitBurst = (m: number) => m >= 300 && m < 330;
const databaseBurst = (m: number) => m >= 900 && m < 925;
const inBurst = (service: string, m: number) => (service === SERVICES[0] ? closeWaitBurst(m) : databaseBurst(m));
const isSox = (service: string) => service === SERVICES[1];

type Values = (service: string, minute: number) => number;

// What Prometheus answers to each range query the panel and report send, by catalogue query id.
const ANSWERS: Record<string, Values> = {
  upstream5xxRate: (s, m) => 4700 * (inBurst(s, m) ? 0.015 : 0.0005),
  upstreamRequestRate: () => 4700,
  rxResetRate: (s, m) => (!isSox(s) && closeWaitBurst(m) ? 2 : 0),
  remoteCloseWithActiveRqRatio: (s, m) => (!isSox(s) && closeWaitBurst(m) ? 0.4 : 0.01),
  downstreamPageRate: (s) => (isSox(s) ? 4700 : 4700 / 23),
  dbMysqlSaturationByService: (s, m) => (isSox(s) && m >= 880 && m < 925 ? 1 : 0.2),
  dbMysqlRefusedByService: (s, m) => (isSox(s) && databaseBurst(m) ? 12 : 0),
  dbMysqlExporterUpByService: (s, m) => (isSox(s) && databaseBurst(m) ? 0 : 1),
};

/** The answer to one catalogue query: a series per service labelled `source`, or none. */
export function databaseIncidentMatrix(queryId: string): PromSeries[] {
  const values = ANSWERS[queryId];
  if (!values) {
    return [];
  }
  return SERVICES.map((service) => ({
    metric: { source: service },
    values: Array.from(
      { length: MINUTES },
      (_, m) => [DAY_START + m * 60, String(values(service, m))] as [number, string]
    ),
  }));
}

/** The Prometheus client `report` uses, answering each catalogue query (named in its last argument). */
export const databaseIncidentClient = {
  queryRange: async (_expr: string, _start: number, _end: number, _step: number, what: string) =>
    databaseIncidentMatrix(what),
  queryInstant: async () => [],
} as unknown as PromClient;

/** `report`'s data for that day, as `connhealth report --from … --to …` collects it. */
export function databaseIncidentReport(): Promise<ReportData> {
  return collectReport(databaseIncidentClient, {
    from: DAY_START * 1000,
    to: (DAY_START + MINUTES * 60) * 1000,
    stepSeconds: 60,
    serviceLabel: 'source',
    services: '.*',
    assumptions: resolveAssumptions(),
  });
}
