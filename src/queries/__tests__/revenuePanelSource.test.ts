import {
  RECORDED_REVENUE_EXPRS,
  RECORDINGS_READ,
  RECORDING_COVERAGE_PROBES,
  chooseRevenueSource,
  revenuePanelTargets,
} from '../revenuePanelSource';
import { recordingRuleGroups } from '../recordingRules';
import { renderExpr } from '../render';
import { DATABASE_IMPACT_TARGETS } from '../databaseImpactTargets';
import { revenuePanelTargetsForEveryProxy } from '../revenuePanelProxyTargets';
import { promqlSyntaxErrors, withGrafanaPlaceholders } from './promqlSyntax';

const MONTH = 30 * 86400;
const fullCoverage = () => Object.fromEntries(RECORDINGS_READ.map((m) => [m, MONTH / 300]));

describe('ROI panel targets: recorded or raw, chosen in the catalogue', () => {
  it('reads only recordings this app’s rules write', () => {
    const recorded = recordingRuleGroups().flatMap((g) => g.rules.map((r) => r.record));
    expect(RECORDINGS_READ.filter((m) => !recorded.includes(m))).toEqual([]);
  });

  it('keeps every refId and legend; only refIds with a recording change expression', () => {
    const raw = revenuePanelTargets('raw');
    const fromRules = revenuePanelTargets('recorded');
    expect(fromRules.map((t) => [t.refId, t.legend])).toEqual(raw.map((t) => [t.refId, t.legend]));
    expect(raw.map((t) => t.refId)).toEqual([
      ...revenuePanelTargetsForEveryProxy().map((t) => t.refId),
      ...DATABASE_IMPACT_TARGETS.map((t) => t.refId),
    ]);
    for (const [i, target] of fromRules.entries()) {
      const changed = target.expr !== raw[i].expr;
      expect({ refId: target.refId, changed }).toEqual({
        refId: target.refId,
        changed: target.refId in RECORDED_REVENUE_EXPRS,
      });
    }
  });

  it('writes recorded targets and probes with the Grafana variables, never a hard-coded service label', () => {
    const exprs = [...Object.values(RECORDED_REVENUE_EXPRS), ...RECORDING_COVERAGE_PROBES.map((p) => p.expr)];
    for (const expr of exprs) {
      expect(expr).toContain('${label}');
      expect(expr.replace(/\b[a-z_]+:[a-z_0-9]+:[a-z_0-9]+\b/g, '')).not.toMatch(/\bsource\b/);
    }
  });

  it('parses with the Prometheus grammar, as written and rendered for a Prometheus', () => {
    const exprs = [
      ...revenuePanelTargets('recorded').map((t) => t.expr),
      ...RECORDING_COVERAGE_PROBES.map((p) => p.expr),
    ];
    for (const expr of exprs) {
      expect({ expr, errors: promqlSyntaxErrors(withGrafanaPlaceholders(expr)) }).toEqual({ expr, errors: [] });
      const rendered = renderExpr(expr, { serviceLabel: 'source', rateInterval: '5m', range: '30d' });
      expect({ rendered, errors: promqlSyntaxErrors(rendered) }).toEqual({ rendered, errors: [] });
    }
  });

  it('probes only series that carry the chosen service label, so another label never reads recordings', () => {
    for (const probe of RECORDING_COVERAGE_PROBES) {
      expect(renderExpr(probe.expr, { serviceLabel: 'envoy_cluster_name', range: '30d' })).toContain(
        'envoy_cluster_name!=""'
      );
    }
  });

  it('chooses the recordings only when all of them cover the range, give or take the two edge steps', () => {
    expect(chooseRevenueSource(fullCoverage(), MONTH)).toBe('recorded');
    expect(chooseRevenueSource({ ...fullCoverage(), [RECORDINGS_READ[0]]: MONTH / 300 - 2 }, MONTH)).toBe('recorded');
    expect(chooseRevenueSource({ ...fullCoverage(), [RECORDINGS_READ[2]]: MONTH / 300 - 3 }, MONTH)).toBe('raw');
    expect(chooseRevenueSource({ ...fullCoverage(), [RECORDINGS_READ[5]]: undefined }, MONTH)).toBe('raw');
    expect(chooseRevenueSource({}, MONTH)).toBe('raw');
    // Rules added three days ago cover a tenth of a month: the panel reads raw series, not a tenth of the bursts.
    expect(chooseRevenueSource(Object.fromEntries(RECORDINGS_READ.map((m) => [m, 864])), MONTH)).toBe('raw');
  });
});
