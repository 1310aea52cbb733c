import fs from 'fs';
import path from 'path';
import { promqlSyntaxErrors } from '../../src/queries/__tests__/promqlSyntax';
import { SERVICE_DASHBOARD_URL, alertRuleGroups, recordingRuleGroups } from '../../src/queries/rules';
import { RULES_DIR, rulesFiles } from '../rulesFiles';

describe('Prometheus rules generated from the catalogue', () => {
  it('match the checked-in prometheus/rules/*.yml (run `npm run rules` after changing the catalogue)', () => {
    for (const [name, text] of Object.entries(rulesFiles())) {
      const file = path.join(__dirname, '../..', RULES_DIR, name);
      expect({ name, text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'missing' }).toEqual({ name, text });
    }
  });

  it('parse with the Prometheus PromQL grammar and follow level:metric:operations naming', () => {
    const recording = recordingRuleGroups().flatMap((g) => g.rules);
    const alerts = alertRuleGroups().flatMap((g) => g.rules);
    for (const rule of [...recording, ...alerts]) {
      expect({ rule: rule.expr, errors: promqlSyntaxErrors(rule.expr) }).toEqual({ rule: rule.expr, errors: [] });
      expect(rule.expr).not.toContain('$__');
    }
    for (const rule of recording) {
      expect(rule.record).toMatch(/^[a-z_]+:[a-zA-Z0-9_]+:[a-z0-9_]+$/);
    }
  });

  it('link every service alert to the app page with the service pre-selected', () => {
    expect(SERVICE_DASHBOARD_URL).toBe(
      '/a/sre-connectionhealth-app/connection-health?var-service={{ $labels.source }}'
    );
    for (const alert of alertRuleGroups().flatMap((g) => g.rules)) {
      expect(alert.annotations.dashboard_url).toMatch(/^\/a\/sre-connectionhealth-app\/connection-health\?var-/);
    }
  });
});
