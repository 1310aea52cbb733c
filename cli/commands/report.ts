import { formatDuration } from '../formatDuration';
import { PromClient } from '../prometheus/promClient';
import { MAX_STEP_SECONDS, collectReport } from '../report/collectReport';
import { reportJson } from '../report/reportJson';
import { reportMarkdown } from '../report/reportMarkdown';
import { checkServiceLabel } from '../report/serviceLabelCheck';
import type { CommandOutput } from '../commandOutput';
import { parseReportArgs } from './reportArgs';

export const REPORT_USAGE = `connhealth report --prometheus URL --from ISO --to ISO [--service-label L] [--services REGEX]
                  [--database-service-label L]
                  [--assumptions FILE] [--frontend-service NAME] [--timeouts FILE] [--step 60s] [--json|--markdown]
                  [--timeout 2m] [--deadline 10m] [--concurrency 4]
  The seed's section 6 and 9 tables from live data: 5xx volume, bursts, rx_reset, pending overflow,
  p99 baseline, retry success, and the business impact with every input measured or assumed. Works
  against Prometheus, Thanos or Mimir; long ranges are split so no request exceeds 11,000 points.
  Times are ISO 8601 with a zone (2026-04-01T00:00:00Z). --step is at most half the shortest burst
  (${MAX_STEP_SECONDS} s). --timeout bounds each request, --deadline the whole report; --concurrency requests run at once.
  --timeouts FILE: per-hop timeouts as JSON ({"fleet": {"edge": "60s", "route": "15s", "backendClient": "10s"},
  "services": {"NAME": {"route": "30s"}}}) adds the timeout budget: each hop against its dependency and p99/p999.
  --database-service-label L: the label on database exporter targets that names the owning service (default:
  --service-label); bursts around a full database of their service are attributed to database pool exhaustion.`;

// Under --debug: each request, the slowest, and how the wall time split between Prometheus and the figures.
function timingLines(client: PromClient): string[] {
  const { timings } = client;
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a), timings[0]);
  const answered = Math.max(0, ...timings.map((t) => t.finishedAt));
  return [
    ...timings.map((t) => `${t.what} answered in ${formatDuration(t.ms)} (at +${formatDuration(t.finishedAt)})`),
    `${timings.length} Prometheus requests answered by +${formatDuration(answered)}; slowest ${slowest?.what} in ${formatDuration(slowest?.ms ?? 0)}; figures computed by +${formatDuration(client.age())}`,
  ];
}

export async function reportCommand(argv: string[]): Promise<CommandOutput> {
  const { prometheus, request, client: clientOptions, format } = parseReportArgs(argv);
  const client = new PromClient(prometheus, clientOptions);
  const start = Math.floor(request.from / 1000);
  const end = Math.floor(request.to / 1000);
  try {
    const labelWarnings = await checkServiceLabel(client, request.serviceLabel, start, end);
    const data = await collectReport(client, request);
    const stdout = format === 'json' ? JSON.stringify(reportJson(data), null, 2) : reportMarkdown(data);
    return { stdout, warnings: [...labelWarnings, ...client.warnings], debug: timingLines(client) };
  } finally {
    client.close();
  }
}
