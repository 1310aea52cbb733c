import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dashboard } from '@grafana/schema';
import {
  INSTANCE_VALUES_QUERY,
  NAMESPACE_VALUES_QUERY,
  SERVICE_VALUES_QUERY,
  serviceValuesQuery,
} from '../../../src/queries';
import { BUNDLED_DASHBOARDS } from '../bundledDashboards';
import type { SavedVariableModel } from '../dashboardVariables';

const SRC = path.join(__dirname, '../../../src');

// What Grafana's Prometheus variable editor needs to open a "Label values" query filled in: the label, and
// the metric when there is one, read back from `label_values(<metric>, <label>)`.
function labelValuesParts(query: string): { metric?: string; label?: string } {
  const match = query.match(/^label_values\(\s*(?:([^,]+?)\s*,\s*)?([^,\s)]+)\s*\)$/);
  return match ? { metric: match[1], label: match[2] } : {};
}

const checkedIn = BUNDLED_DASHBOARDS.map(({ path: file }) => {
  const dashboard = JSON.parse(readFileSync(path.join(SRC, file), 'utf8')) as Dashboard;
  return [file, (dashboard.templating?.list ?? []) as SavedVariableModel[]] as const;
});

describe('bundled dashboards: variables carry the model Grafana 12/13 saves, so its variable editor opens filled in', () => {
  it.each(checkedIn)('%s: every variable has the saved fields', (_file, variables) => {
    for (const variable of variables) {
      expect(variable).toMatchObject({ hide: 0, skipUrlSync: false, options: expect.any(Array) });
    }
  });

  it.each(checkedIn)(
    '%s: query variables have definition, query { qryType, query, refId }, datasource, refresh, sort',
    (_file, variables) => {
      const queries = variables.filter((v) => v.type === 'query');
      expect(queries.map((v) => v.definition)).toEqual([
        SERVICE_VALUES_QUERY,
        serviceValuesQuery('haproxy'),
        NAMESPACE_VALUES_QUERY,
        INSTANCE_VALUES_QUERY,
      ]);
      for (const variable of queries) {
        expect(variable.query).toEqual({
          qryType: 1,
          query: variable.definition,
          refId: 'PrometheusVariableQueryEditor-VariableQuery',
        });
        expect(variable).toMatchObject({
          datasource: { type: 'prometheus', uid: '${datasource}' },
          refresh: 2,
          sort: 1,
          multi: true,
          includeAll: true,
          current: { text: ['All'], value: ['$__all'] },
        });
        const parts = labelValuesParts(String(variable.definition));
        expect(parts.metric).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/);
        expect(parts.label).toBeTruthy();
      }
    }
  );

  it('the label_values reader used above finds the metric and the label, and refuses other text', () => {
    expect(labelValuesParts('label_values(up, ${label})')).toEqual({ metric: 'up', label: '${label}' });
    expect(labelValuesParts('up')).toEqual({});
  });
});
