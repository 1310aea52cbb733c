import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import { PanelBuilders, SceneDataTransformer, SceneQueryRunner, type VizPanel } from '@grafana/scenes';
import { from, map, switchMap, type Observable } from 'rxjs';
import {
  keepAliveRaces,
  keepAliveVerdicts,
  timeoutBudgets,
  timeoutVerdicts,
  type TimeoutSettings,
  type Verdict,
} from '../../impact';
import { queryFor, type ProxyId, type RowId } from '../../queries';
import { LIFETIME_P05, LIFETIME_P50 } from '../../queries/rows/keepaliveRace';
import { PROMETHEUS_DATASOURCE } from '../catalogueQueryRunner';
import { catalogueTarget } from '../catalogueTarget';
import { serviceValues } from './serviceValues';
import { readOrgTimeouts, type TimeoutSettingsAnswer } from './timeoutSettingsRequest';

interface VerdictSpec {
  key: string;
  title: string;
  description: string;
  /** refId → catalogue id of an instant query over the range. */
  targets: Record<string, string>;
  verdicts: (frames: DataFrame[], settings: TimeoutSettings) => Verdict[];
}

const QUANTILE = (value: string) => ({ label: 'quantile', value });

/** The keep-alive race and timeout budget verdicts, from the engine functions `connhealth report` uses. */
const SPECS: Partial<Record<RowId, VerdictSpec>> = {
  keepalive: {
    key: 'keepalive-race-verdicts',
    title: 'Keep-alive race: services to fix',
    description:
      "Services whose backend closes idle connections before the proxy does (most closes are the backend's and the median connection lifetime is under the proxy idle timeout from the app's configuration page): the race behind remote closes with active requests, rx_reset and 'upstream connect error … connection termination' 503s. Each line says which side to shorten and to what. Next: apply it, then watch remote closes with active requests fall.",
    targets: { lifetime: 'connectionLifetimeOverRange', remoteShare: 'remoteCloseShareOverRange' },
    verdicts: (frames, settings) =>
      keepAliveVerdicts(
        keepAliveRaces(
          settings,
          serviceValues(frames, 'lifetime', QUANTILE(LIFETIME_P05)),
          serviceValues(frames, 'lifetime', QUANTILE(LIFETIME_P50)),
          serviceValues(frames, 'remoteShare')
        )
      ),
  },
  timeouts: {
    key: 'timeout-budget-verdicts',
    title: 'Timeout budget: hops to fix',
    description:
      "Each hop's timeout (the app's configuration page: per service, else the fleet default) against the hop behind it and the measured p99/p999 over the range. A hop not longer than its dependency answers 504 first and hides the real failure (seed 001); a p99 at 80% of a timeout leaves no headroom. Next: change the timeout each line names, to the value it gives.",
    targets: { p99: 'upstreamLatencyP99Baseline', p999: 'upstreamLatencyP999Baseline' },
    verdicts: (frames, settings) =>
      timeoutVerdicts(timeoutBudgets(settings, serviceValues(frames, 'p99'), serviceValues(frames, 'p999'))),
  },
};

// Label values arrive as plain strings in a string field: the table draws them as text, never as HTML.
function verdictFrame(verdicts: Verdict[]): DataFrame {
  return createDataFrame({
    fields: [
      { name: 'Service', type: FieldType.string, values: verdicts.map((v) => v.service) },
      { name: 'Verdict', type: FieldType.string, values: verdicts.map((v) => v.verdict) },
    ],
  });
}

function withSettingsProblems(verdicts: Verdict[], errors: string[]): Verdict[] {
  return [...errors.map((e) => ({ service: '(settings)', verdict: e })), ...verdicts];
}

/** The verdict table of a row from its queries' frames and the organisation's timeout settings. */
export function verdictTable(row: RowId, frames: DataFrame[], answer: TimeoutSettingsAnswer): DataFrame {
  const verdicts = SPECS[row]?.verdicts(frames, answer.settings) ?? [];
  return verdictFrame(withSettingsProblems(verdicts, answer.errors));
}

function verdictsOperator(row: RowId) {
  return () => (source: Observable<DataFrame[]>) =>
    source.pipe(
      switchMap((frames) => from(readOrgTimeouts()).pipe(map((answer) => [verdictTable(row, frames, answer)])))
    );
}

/** The row's verdict table for the chosen proxy; undefined where the row has none or the proxy lacks its queries. */
export function verdictPanel(row: RowId, proxy: ProxyId): VizPanel | undefined {
  const spec = SPECS[row];
  const queries = spec && Object.entries(spec.targets).map(([refId, id]) => [refId, queryFor(id, proxy)] as const);
  if (!spec || !queries || queries.some(([, q]) => !q)) {
    return undefined;
  }
  const runner = new SceneQueryRunner({
    key: `verdicts-${spec.key}`,
    datasource: PROMETHEUS_DATASOURCE,
    queries: queries.map(([refId, q]) => ({ ...catalogueTarget(q!, refId), format: 'time_series' as const })),
  });
  return PanelBuilders.table()
    .setTitle(spec.title)
    .setDescription(spec.description)
    .setData(new SceneDataTransformer({ $data: runner, transformations: [verdictsOperator(row)] }))
    .setCustomFieldConfig('wrapText', true)
    .build();
}
