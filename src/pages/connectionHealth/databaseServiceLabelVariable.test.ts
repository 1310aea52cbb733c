import type { TextBoxVariable } from '@grafana/scenes';
import { VAR_DATABASE_SERVICE_LABEL } from '../../constants';
import { connectionHealthVariables } from './connectionHealthVariables';

const dblabel = (defaults: Parameters<typeof connectionHealthVariables>[0]) =>
  (connectionHealthVariables(defaults).getByName(VAR_DATABASE_SERVICE_LABEL) as TextBoxVariable).getValue();

describe('database service label variable (scene objects only, no datasource)', () => {
  it('starts from the organisation setting, else from the service label, else from source', () => {
    expect(dblabel({ serviceLabel: 'source', databaseServiceLabel: 'service' })).toBe('service');
    expect(dblabel({ serviceLabel: 'envoy_cluster_name' })).toBe('envoy_cluster_name');
    expect(dblabel({})).toBe('source');
  });
});
