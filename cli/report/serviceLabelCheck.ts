import { SERVICE_LABEL_METRIC, seriesWithoutServiceLabel } from '../../src/queries';
import { CliError } from '../cliError';
import type { PromClient } from '../prometheus/promClient';

const SHOWN_LABELS = 20;

function labelList(names: string[]): string {
  const shown = names.filter((n) => n !== '__name__').sort();
  return shown.length > SHOWN_LABELS
    ? `${shown.slice(0, SHOWN_LABELS).join(', ')}, … (${shown.length} in all)`
    : shown.join(', ');
}

/**
 * Summing by a label no series has folds every service into one group and multiplies the money: refuse it,
 * naming the labels the metric does have. Series without the label are reported, never folded in silently.
 * Returns warnings to print before the report; none when the metric has no series at all (the report says so).
 */
export async function checkServiceLabel(
  client: PromClient,
  label: string,
  start: number,
  end: number
): Promise<string[]> {
  const names = await client.labelNames(SERVICE_LABEL_METRIC, start, end, 'serviceLabelCheck');
  if (names.length === 0) {
    return [];
  }
  if (!names.includes(label)) {
    throw new CliError(
      `no ${SERVICE_LABEL_METRIC} series in the range has the service label "${label}", so every service would sum into one; its labels are ${labelList(names)}: pass one of them as --service-label`
    );
  }
  const unlabelled = await client.series(seriesWithoutServiceLabel(label), start, end, 'serviceLabelCheck');
  if (unlabelled.length === 0) {
    return [];
  }
  const example = Object.entries(unlabelled[0])
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ');
  return [
    `${unlabelled.length} ${SERVICE_LABEL_METRIC} series in the range have no "${label}" label (e.g. {${example}}); their requests and 5xx are reported together as the service "(no label)"`,
  ];
}
